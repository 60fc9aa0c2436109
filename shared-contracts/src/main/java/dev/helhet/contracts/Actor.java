package dev.helhet.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who caused an event: a pseudonymous subject id (never a name), and what kind of caller it was. */
public record Actor(Type type, String subject) {

    /** The kinds of caller that cause events. */
    public enum Type {
        /** A signed-in person: municipal staff or the participant. */
        USER,
        /** A partner system using client credentials. */
        SERVICE,
        /** The platform itself, e.g. a consent that expired on its own. */
        SYSTEM;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Actor system(String component) {
        return new Actor(Type.SYSTEM, component);
    }
}
