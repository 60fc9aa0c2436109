package dev.helhet.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The store of verified tokens: only the exact token, only before it expires, never beyond its bound. */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl";

    private final SecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(() -> "a").build();

    @Test
    void findsExactlyTheTokenItWasGivenUntilItExpires() {
        VerifiedTokens tokens = at(NOW, 10);
        tokens.remember(TOKEN, identity, NOW + 300);

        assertSame(identity, tokens.find(TOKEN));
        assertNull(tokens.find(TOKEN.substring(0, TOKEN.length() - 1) + "X"), "another signature is another token");
        assertNull(tokens.find(TOKEN + " "), "not a prefix match");
        assertNull(at(NOW + 300, 10).find(TOKEN), "a fresh store knows nothing");
    }

    @Test
    void forgetsATokenFromTheSecondOfItsExpiry() {
        MovableClock clock = new MovableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(clock, 10);
        tokens.remember(TOKEN, identity, NOW + 300);

        clock.now = NOW + 299;
        assertSame(identity, tokens.find(TOKEN));
        clock.now = NOW + 300;
        assertNull(tokens.find(TOKEN), "exp is the first second the token is no longer valid (RFC 7519)");
        clock.now = NOW;
        assertNull(tokens.find(TOKEN), "and it is gone, not merely hidden");
    }

    @Test
    void neverStoresAnExpiredToken() {
        VerifiedTokens tokens = at(NOW, 10);
        tokens.remember(TOKEN, identity, NOW);
        assertNull(tokens.find(TOKEN));
    }

    @Test
    void whenFullDropsExpiredTokensFirstAndOtherwiseStoresNothingMore() {
        MovableClock clock = new MovableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(clock, 2);
        tokens.remember("short", identity, NOW + 10);
        tokens.remember("long", identity, NOW + 600);
        tokens.remember("third", identity, NOW + 600);
        assertNull(tokens.find("third"), "full of live tokens: the new one is verified again next time instead");

        clock.now = NOW + 10;
        tokens.remember("third", identity, NOW + 600);
        assertSame(identity, tokens.find("third"), "the expired one made room");
        assertSame(identity, tokens.find("long"));
    }

    private static VerifiedTokens at(long epochSecond, int capacity) {
        return new VerifiedTokens(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC), capacity);
    }

    /** A clock a test sets. */
    private static final class MovableClock extends Clock {
        long now;

        MovableClock(long now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(now);
        }
    }
}
