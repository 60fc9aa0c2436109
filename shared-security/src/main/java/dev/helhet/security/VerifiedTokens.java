package dev.helhet.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens this service has already verified, by the SHA-256 of their exact bytes, until they
 * expire: a browser sends the same token with every request for minutes, and checking its RSA
 * signature and parsing its JSON again each time was a fifth of the CPU of a simple read (docs/adr/0031).
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Enough for the users active in a large municipality within one token lifetime; about 8 KiB each. */
    static final int CAPACITY = 2_048;

    private record Entry(SecurityIdentity identity, long expiresAtEpochSecond) {
    }

    private final Map<String, Entry> byDigest = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;
    /** When expired entries were last swept out of a full store: at most once a second, not on every miss. */
    private volatile long sweptAtEpochSecond = Long.MIN_VALUE;

    /** Against the system clock, as the OIDC extension checks expiry: a test clock must not keep a token alive. */
    public VerifiedTokens() {
        this(Clock.systemUTC(), CAPACITY);
    }

    VerifiedTokens(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    /** The identity verified for exactly this token, or null when unknown or expired. */
    public SecurityIdentity find(String token) {
        String digest = digest(token);
        Entry entry = byDigest.get(digest);
        if (entry == null) {
            return null;
        }
        if (clock.instant().getEpochSecond() >= entry.expiresAtEpochSecond()) {
            byDigest.remove(digest, entry);
            return null;
        }
        return entry.identity();
    }

    /**
     * Remembers a verified token's identity until {@code expiresAtEpochSecond} (the token's exp). When
     * full, expired entries are swept out (at most once a second); if none are, the token is simply verified
     * again next time.
     */
    public void remember(String token, SecurityIdentity identity, long expiresAtEpochSecond) {
        long now = clock.instant().getEpochSecond();
        if (expiresAtEpochSecond <= now) {
            return;
        }
        if (byDigest.size() >= capacity) {
            if (now > sweptAtEpochSecond) {
                sweptAtEpochSecond = now;
                byDigest.values().removeIf(entry -> entry.expiresAtEpochSecond() <= now);
            }
            if (byDigest.size() >= capacity) {
                return;
            }
        }
        byDigest.put(digest(token), new Entry(identity, expiresAtEpochSecond));
    }

    int size() {
        return byDigest.size();
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
