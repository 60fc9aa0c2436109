package dev.helhet.common.idempotency;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes two requests the same for an Idempotency-Key: the operation, the municipality acted in, and the arguments
 * as read (so spacing, field order and the order of a set's elements do not matter, and a changed value does). An
 * HMAC under {@code helhet.idempotency.fingerprint-key}, not a plain hash: the arguments can hold an identity number,
 * and a plain hash of one is reversed by trying the few thousand numbers of a birth date (docs/adr/0038).
 */
@ApplicationScoped
public class RequestFingerprints {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SHORTEST_KEY_BYTES = 32;

    private final ObjectMapper canonical;
    private final SecretKeySpec key;

    public RequestFingerprints(ObjectMapper json, @ConfigProperty(name = "helhet.idempotency.fingerprint-key") String base64Key) {
        byte[] secret = Base64.getDecoder().decode(base64Key);
        if (secret.length < SHORTEST_KEY_BYTES) {
            throw new IllegalArgumentException("helhet.idempotency.fingerprint-key must be at least 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .registerModule(new SimpleModule("helhet-canonical-sets").addSerializer(new SortedSetSerializer()));
    }

    public String of(InvocationContext invocation, String municipality) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("operation", invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName());
        request.put("municipality", municipality);
        request.put("arguments", invocation.getParameters());
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.writeValueAsBytes(request)));
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot fingerprint the arguments of " + invocation.getMethod(), e);
        }
    }

    /** A set as an array of its elements in the order of their JSON text: the same set, the same bytes. */
    @SuppressWarnings("rawtypes")
    private static final class SortedSetSerializer extends StdSerializer<Set> {

        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            ObjectMapper mapper = (ObjectMapper) generator.getCodec();
            List<String> elements = new ArrayList<>();
            for (Object element : set) {
                elements.add(mapper.writeValueAsString(element));
            }
            elements.sort(null);
            generator.writeStartArray();
            for (String element : elements) {
                generator.writeRawValue(element);
            }
            generator.writeEndArray();
        }
    }
}
