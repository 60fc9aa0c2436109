package dev.helhet.contracts;

/**
 * The payload of an integration event. Each implementation is a past-tense record registered in
 * {@link Topics}; its JSON Schema lives in {@code schemas/<topic>/<EventType>.json}.
 */
public interface IntegrationEvent {
}
