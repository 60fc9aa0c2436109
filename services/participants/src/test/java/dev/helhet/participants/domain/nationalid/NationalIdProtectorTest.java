package dev.helhet.participants.domain.nationalid;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Encryption of identity numbers: authenticated, bound to its row, rotatable, and never with published keys in production. */
class NationalIdProtectorTest {

    private static final String KEY_2026 = randomKey();
    private static final String KEY_2027 = randomKey();
    private static final String LOOKUP = randomKey();
    private static final NationalId NUMBER = new NationalId(Country.NO, "15039410017", NationalIdKind.FODSELSNUMMER, List.of());

    @Test
    void encryptsSoThatOnlyTheSameRowCanDecrypt() {
        NationalIdProtector protector = protector("k2026", Map.of("k2026", KEY_2026), false);
        UUID participant = UUID.randomUUID();
        NationalIdProtector.Encrypted sealed = protector.encrypt(NUMBER, participant);
        assertFalse(new String(sealed.ciphertext()).contains(NUMBER.number()));
        assertEquals(NUMBER.number(), protector.decrypt(sealed, participant, Country.NO));
        assertThrows(IllegalStateException.class, () -> protector.decrypt(sealed, UUID.randomUUID(), Country.NO),
                "a ciphertext copied to another person's row does not decrypt");

        byte[] tampered = sealed.ciphertext().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> protector.decrypt(new NationalIdProtector.Encrypted("k2026", tampered), participant, Country.NO));
        assertFalse(Arrays.equals(sealed.ciphertext(), protector.encrypt(NUMBER, participant).ciphertext()), "a fresh nonce every time");
    }

    @Test
    void rotatesKeysWithoutLosingOldNumbers() {
        UUID participant = UUID.randomUUID();
        NationalIdProtector.Encrypted old = protector("k2026", Map.of("k2026", KEY_2026), false).encrypt(NUMBER, participant);

        NationalIdProtector rotated = protector("k2027", Map.of("k2026", KEY_2026, "k2027", KEY_2027), false);
        assertEquals(NUMBER.number(), rotated.decrypt(old, participant, Country.NO));
        assertTrue(rotated.needsRotation(old));
        NationalIdProtector.Encrypted renewed = rotated.encrypt(NUMBER, participant);
        assertEquals("k2027", renewed.keyId());
        assertFalse(rotated.needsRotation(renewed));

        NationalIdProtector retired = protector("k2027", Map.of("k2027", KEY_2027), false);
        assertThrows(IllegalStateException.class, () -> retired.decrypt(old, participant, Country.NO));
    }

    @Test
    void looksUpByKeyedHashThatIgnoresTheKeyRotation() {
        NationalIdProtector a = protector("k2026", Map.of("k2026", KEY_2026), false);
        NationalIdProtector b = protector("k2027", Map.of("k2027", KEY_2027), false);
        assertArrayEquals(a.lookupHash(Country.NO, NUMBER.number()), b.lookupHash(Country.NO, NUMBER.number()));
        assertFalse(Arrays.equals(a.lookupHash(Country.NO, NUMBER.number()), a.lookupHash(Country.DK, NUMBER.number())));
    }

    @Test
    void refusesMissingShortOrPublishedKeys() {
        assertThrows(IllegalStateException.class, () -> protector("dev-2026", Map.of("dev-2026", KEY_2026), false),
                "the development keys published in the repository are refused outside local runs");
        protector("dev-2026", Map.of("dev-2026", KEY_2026), true);
        assertThrows(IllegalStateException.class, () -> protector("k2027", Map.of("k2026", KEY_2026), false));
        assertThrows(IllegalStateException.class,
                () -> protector("short", Map.of("short", Base64.getEncoder().encodeToString(new byte[16])), false));
    }

    @Test
    void takesTheKeysFromOneKeyringValue() {
        UUID participant = UUID.randomUUID();
        NationalIdProtector.Encrypted old = protector("k2026", Map.of("k2026", KEY_2026), false).encrypt(NUMBER, participant);
        NationalIdProtector fromKeyring = protector("region-2027", Map.of(), Optional.of("k2026:" + KEY_2026 + ", region-2027:" + KEY_2027), false);
        assertEquals(NUMBER.number(), fromKeyring.decrypt(old, participant, Country.NO), "an older key of the ring still decrypts");
        assertEquals("region-2027", fromKeyring.encrypt(NUMBER, participant).keyId());

        assertThrows(IllegalStateException.class, () -> protector("k2026", Map.of(), Optional.empty(), false), "no key at all");
        assertThrows(IllegalStateException.class, () -> protector("k2026", Map.of(), Optional.of(KEY_2026), false), "no id");
        assertThrows(IllegalStateException.class,
                () -> protector("k2026", Map.of(), Optional.of("k2026:" + KEY_2026 + ",k2026:" + KEY_2027), false), "an id twice");
        assertThrows(IllegalStateException.class,
                () -> protector("k2026", Map.of("k2026", KEY_2026), Optional.of("k2026:" + KEY_2027), false), "in both places");
        assertThrows(IllegalStateException.class,
                () -> protector("dev-2026", Map.of(), Optional.of("dev-2026:" + KEY_2026), false), "published ids refused here too");
        assertThrows(IllegalStateException.class, () -> protector("k2026", Map.of(), Optional.of(" :" + KEY_2026), false), "an empty id");
    }

    @Test
    void toleratesTheNewlineASecretWrittenWithEchoEndsIn() {
        UUID participant = UUID.randomUUID();
        NationalIdProtector fromSecret = protector("region-2027\n", Map.of(), Optional.of("region-2027:" + KEY_2027 + "\n"), false);
        assertEquals("region-2027", fromSecret.encrypt(NUMBER, participant).keyId());
    }

    private static NationalIdProtector protector(String active, Map<String, String> keys, boolean devAllowed) {
        return protector(active, keys, Optional.empty(), devAllowed);
    }

    private static NationalIdProtector protector(String active, Map<String, String> keys, Optional<String> keyring, boolean devAllowed) {
        return new NationalIdProtector(new NationalIdConfig() {
            @Override
            public Optional<String> keyring() {
                return keyring;
            }

            @Override
            public String activeKey() {
                return active;
            }

            @Override
            public Map<String, String> keys() {
                return keys;
            }

            @Override
            public String lookupKey() {
                return LOOKUP;
            }

            @Override
            public boolean devKeysAllowed() {
                return devAllowed;
            }
        });
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
