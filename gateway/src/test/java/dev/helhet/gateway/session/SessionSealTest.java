package dev.helhet.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stored session opens only with the id in the browser's cookie, and says nothing without it. */
class SessionSealTest {

    private static final SessionSeal.Contents CONTENTS = new SessionSeal.Contents(
            new AuthorizationCodeTokens("eyJ.id.token", "eyJ.access.token", "eyJ.refresh.token", 300L, "openid"), "the-csrf-token");

    @Test
    void opensWithItsOwnIdOnly() {
        String id = SessionSeal.newSessionId();
        byte[] sealed = SessionSeal.seal(id, CONTENTS);
        SessionSeal.Contents opened = SessionSeal.unseal(id, sealed).orElseThrow();
        assertEquals("eyJ.access.token", opened.tokens().getAccessToken());
        assertEquals("eyJ.refresh.token", opened.tokens().getRefreshToken());
        assertEquals("eyJ.id.token", opened.tokens().getIdToken());
        assertEquals(300L, opened.tokens().getAccessTokenExpiresIn());
        assertEquals("the-csrf-token", opened.csrfToken());

        assertTrue(SessionSeal.unseal(SessionSeal.newSessionId(), sealed).isEmpty(), "another session's id opens nothing");
        byte[] damaged = sealed.clone();
        damaged[damaged.length - 1] ^= 1;
        assertTrue(SessionSeal.unseal(id, damaged).isEmpty(), "a changed byte opens nothing");
        assertTrue(SessionSeal.unseal(id, new byte[5]).isEmpty());
    }

    @Test
    void keepsNeitherTheIdNorATokenReadable() {
        String id = SessionSeal.newSessionId();
        byte[] sealed = SessionSeal.seal(id, CONTENTS);
        String text = new String(sealed, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("eyJ") || text.contains("csrf"), "tokens are sealed");
        assertFalse(Arrays.equals(id.getBytes(StandardCharsets.US_ASCII), SessionSeal.lookupHash(id)));
        assertArrayEquals(SessionSeal.lookupHash(id), SessionSeal.lookupHash(id), "the same id finds the same row");
        assertFalse(Arrays.equals(SessionSeal.lookupHash(id), SessionSeal.lookupHash(SessionSeal.newSessionId())));
        assertFalse(Arrays.equals(sealed, SessionSeal.seal(id, CONTENTS)), "a fresh nonce each time");
    }

    @Test
    void refusesCookieValuesThatAreNoSessionId() {
        assertTrue(SessionSeal.wellFormed(SessionSeal.newSessionId()));
        for (String value : new String[]{null, "", "short", "A".repeat(44), "A".repeat(42) + "=", "A".repeat(42) + "/"}) {
            assertFalse(SessionSeal.wellFormed(value), String.valueOf(value));
        }
    }
}
