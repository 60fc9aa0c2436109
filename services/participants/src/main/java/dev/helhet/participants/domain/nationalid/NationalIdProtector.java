package dev.helhet.participants.domain.nationalid;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Encrypts identity numbers (AES-256-GCM, authenticated, bound to the row they belong to) and
 * computes the keyed lookup hash (HMAC-SHA256) that finds a number without decrypting anything.
 * Refuses to start with a missing, short or published development key outside local runs.
 */
@Startup
@ApplicationScoped
public class NationalIdProtector {

    /** Keys whose id starts with this are published in this repository, for local runs and tests only. */
    private static final String DEV_KEY_PREFIX = "dev-";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte FORMAT_VERSION = 1;

    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String activeKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public NationalIdProtector(NationalIdConfig config) {
        config.keys().forEach((id, encoded) -> keys.put(id, new SecretKeySpec(decode("keys." + id, encoded), "AES")));
        config.keyring().ifPresent(keyring -> keyringEntries(keyring).forEach((id, encoded) -> {
            if (keys.put(id, new SecretKeySpec(decode("keyring " + id, encoded), "AES")) != null) {
                throw new IllegalStateException("helhet.national-id key '" + id + "' is given twice");
            }
        }));
        if (keys.isEmpty()) {
            throw new IllegalStateException("No key for identity numbers: set helhet.national-id.keyring (HELHET_NATIONAL_ID_KEYRING)"
                    + " from a secret, as id:base64 pairs separated by commas");
        }
        // Stripped: a Secret written with echo ends in a newline.
        String active = config.activeKey().strip();
        if (!keys.containsKey(active)) {
            throw new IllegalStateException("helhet.national-id.active-key '" + active + "' is not among the key ids of"
                    + " helhet.national-id.keyring or helhet.national-id.keys: " + keys.keySet());
        }
        this.activeKey = active;
        this.lookupKey = new SecretKeySpec(decode("lookup-key", config.lookupKey()), "HmacSHA256");
        if (!config.devKeysAllowed() && keys.keySet().stream().anyMatch(id -> id.startsWith(DEV_KEY_PREFIX))) {
            throw new IllegalStateException("The development keys for identity numbers are in use outside a local run:"
                    + " configure helhet.national-id.keys, active-key and lookup-key from a secret");
        }
    }

    /** {@code id:base64,id:base64} as a map; the values are checked by {@link #decode}. */
    private static Map<String, String> keyringEntries(String keyring) {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        for (String entry : keyring.split(",")) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (id.isEmpty()) {
                throw new IllegalStateException("helhet.national-id.keyring must be id:base64 pairs separated by commas, each with an id");
            }
            if (entries.put(id, entry.substring(colon + 1).strip()) != null) {
                throw new IllegalStateException("helhet.national-id keyring names key '" + id + "' twice");
            }
        }
        return entries;
    }

    /** The number encrypted with the active key, bound to this participant. */
    public Encrypted encrypt(NationalId id, UUID participantId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(participantId, id.country()));
            byte[] sealed = cipher.doFinal(id.number().getBytes(StandardCharsets.US_ASCII));
            return new Encrypted(activeKey, ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT_VERSION).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** The number, if it was encrypted for this participant with a key still configured. */
    public String decrypt(Encrypted encrypted, UUID participantId, Country country) {
        SecretKeySpec key = keys.get(encrypted.keyId());
        if (key == null) {
            throw new IllegalStateException("Identity number key '" + encrypted.keyId() + "' is no longer configured");
        }
        ByteBuffer sealed = ByteBuffer.wrap(encrypted.ciphertext());
        if (sealed.get() != FORMAT_VERSION) {
            throw new IllegalStateException("Unknown identity number ciphertext format");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        sealed.get(nonce);
        byte[] body = new byte[sealed.remaining()];
        sealed.get(body);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(participantId, country));
            return new String(cipher.doFinal(body), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An identity number failed its integrity check", e);
        }
    }

    /** Whether a value was encrypted with an older key and should be re-encrypted. */
    public boolean needsRotation(Encrypted encrypted) {
        return !encrypted.keyId().equals(activeKey);
    }

    /** The keyed hash that finds this number: equal numbers give equal hashes, nothing else does. */
    public byte[] lookupHash(Country country, String normalisedNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac.doFinal((country.name() + ":" + normalisedNumber).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Lookup hash failed", e);
        }
    }

    private static byte[] associatedData(UUID participantId, Country country) {
        return (participantId + "|" + country.name()).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("helhet.national-id." + name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("helhet.national-id." + name + " must be 32 bytes (256 bits), not " + key.length);
        }
        return key;
    }

    /** Ciphertext and the id of the key that made it. */
    public record Encrypted(String keyId, byte[] ciphertext) {
    }
}
