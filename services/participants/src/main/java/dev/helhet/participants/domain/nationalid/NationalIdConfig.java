package dev.helhet.participants.domain.nationalid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * Keys that protect identity numbers. Rotation: add a new key under {@code keys}, make it
 * {@code active-key}; old keys stay until every row is re-encrypted (docs/national-identity-numbers.md).
 */
@ConfigMapping(prefix = "helhet.national-id")
public interface NationalIdConfig {

    /** Id of the key new numbers are encrypted with. */
    String activeKey();

    /** AES-256 keys by id, base64 (32 bytes each). */
    Map<String, String> keys();

    /**
     * The same keys as one value, {@code id:base64} pairs separated by commas, for a deployment that sets them from one
     * secret (HELHET_NATIONAL_ID_KEYRING): an environment variable cannot name a key id with a dash.
     */
    Optional<String> keyring();

    /** HMAC-SHA256 key for the lookup hash, base64 (32 bytes). */
    String lookupKey();

    /** Only local runs and tests may use the keys published in this repository. */
    @WithDefault("false")
    boolean devKeysAllowed();
}
