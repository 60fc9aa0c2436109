package dev.helhet.contracts;

/** One kind of event: its name, schema major version, topic and Java payload record. */
public record EventType(String name, int version, String topic, Class<? extends IntegrationEvent> payloadType) {

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + topic + "/" + name + ".json";
    }
}
