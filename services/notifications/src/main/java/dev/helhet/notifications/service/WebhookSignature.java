package dev.helhet.notifications.service;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code Helhet-Webhook-Signature} header: {@code v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}, one per secret
 * that signs (two, comma-separated, while a rotated secret overlaps). The recipe is in docs/partners.md.
 */
public final class WebhookSignature {

    public static final String VERSION = "v1";

    private WebhookSignature() {
    }

    public static String header(List<String> secrets, long timestamp, String body) {
        return secrets.stream().map(secret -> VERSION + "=" + sign(secret, timestamp, body)).collect(Collectors.joining(","));
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
