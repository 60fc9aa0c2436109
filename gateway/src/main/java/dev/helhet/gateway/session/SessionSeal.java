package dev.helhet.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.vertx.core.json.JsonObject;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the database keeps of a browser session, derived from the cookie's random id: a lookup hash to find it by, and
 * its tokens and CSRF token sealed (AES-256-GCM) under a key only the id gives. Neither the table nor its backups can
 * be turned back into a session or a token without the browser's cookie (docs/adr/0044).
 */
final class SessionSeal {

    /** The session's contents: its tokens and the CSRF token that belongs to it. */
    record Contents(AuthorizationCodeTokens tokens, String csrfToken) {
    }

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionSeal() {
    }

    /** A new session id: 32 random bytes, base64url (43 characters), the whole value of the session cookie. */
    static String newSessionId() {
        return randomText(32);
    }

    /** A new CSRF token for a session. */
    static String newCsrfToken() {
        return randomText(24);
    }

    /** Whether a cookie value has the shape of a session id at all (a tampered one is refused before any lookup). */
    static boolean wellFormed(String sessionId) {
        return sessionId != null && SESSION_ID.matcher(sessionId).matches();
    }

    /** The key the session is stored under. */
    static byte[] lookupHash(String sessionId) {
        return derive(sessionId, "helhet browser session lookup v1");
    }

    static byte[] seal(String sessionId, Contents contents) {
        AuthorizationCodeTokens tokens = contents.tokens();
        byte[] plain = new JsonObject()
                .put("id", tokens.getIdToken())
                .put("access", tokens.getAccessToken())
                .put("refresh", tokens.getRefreshToken())
                .put("expiresIn", tokens.getAccessTokenExpiresIn())
                .put("scope", tokens.getAccessTokenScope())
                .put("csrf", contents.csrfToken())
                .encode().getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, sessionId, nonce);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing a browser session failed", e);
        }
    }

    /** The contents, or empty if they were not sealed under this id (another session's row, or a damaged one). */
    static Optional<Contents> unseal(String sessionId, byte[] sealed) {
        if (sealed == null || sealed.length <= 1 + NONCE_BYTES || sealed[0] != FORMAT) {
            return Optional.empty();
        }
        byte[] nonce = java.util.Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sessionId, nonce);
            JsonObject json = new JsonObject(new String(cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES),
                    StandardCharsets.UTF_8));
            return Optional.of(new Contents(new AuthorizationCodeTokens(json.getString("id"), json.getString("access"),
                    json.getString("refresh"), json.getLong("expiresIn"), json.getString("scope")), json.getString("csrf")));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Opening a browser session failed", e);
        }
    }

    private static Cipher cipher(int mode, String sessionId, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derive(sessionId, "helhet browser session seal v1"), "AES"),
                new GCMParameterSpec(TAG_BITS, nonce));
        // Bound to the row it is stored under: a sealed value copied to another session's row does not open.
        cipher.updateAAD(lookupHash(sessionId));
        return cipher;
    }

    /** HMAC-SHA256 keyed by the id's 256 random bits, one label per purpose. */
    private static byte[] derive(String sessionId, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(sessionId), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static String randomText(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
