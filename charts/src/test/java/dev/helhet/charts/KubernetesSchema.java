package dev.helhet.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonParser;

import java.lang.reflect.InvocationTargetException;
import java.util.Set;

/**
 * Checks a manifest against the Kubernetes API's own schema, as the models of the Kubernetes Java client (generated from
 * the API's OpenAPI document, release 1.32) hold it: every field known, every required field present, every type right.
 */
final class KubernetesSchema {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    /** Kinds of operators' custom resources, with no model here: their tests check their shape instead. */
    static final Set<String> CUSTOM_KINDS = Set.of("kafka.strimzi.io/v1beta2 KafkaTopic", "monitoring.coreos.com/v1 ServiceMonitor",
            "monitoring.coreos.com/v1 PrometheusRule");

    private KubernetesSchema() {
    }

    /** Null when the manifest is valid; else what is wrong with it. */
    static String problem(JsonNode manifest) {
        String apiVersion = manifest.path("apiVersion").asText();
        String kind = manifest.path("kind").asText();
        if (CUSTOM_KINDS.contains(apiVersion + " " + kind)) {
            return null;
        }
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String model = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        try {
            Class<?> type = Class.forName(model);
            type.getMethod("validateJsonElement", com.google.gson.JsonElement.class).invoke(null, JsonParser.parseString(manifest.toString()));
            return null;
        } catch (ClassNotFoundException e) {
            return apiVersion + " " + kind + " is not a kind of Kubernetes 1.32 (no " + model + ")";
        } catch (InvocationTargetException e) {
            // The client's message ends with the whole object: the field it names is enough.
            String message = String.valueOf(e.getCause().getMessage());
            int json = message.indexOf(" JSON: ");
            return apiVersion + " " + kind + " " + manifest.at("/metadata/name").asText() + ": " + (json > 0 ? message.substring(0, json) : message);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(model, e);
        }
    }
}
