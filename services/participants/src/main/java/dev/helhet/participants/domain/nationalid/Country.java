package dev.helhet.participants.domain.nationalid;

/** The countries whose identity numbers Helhet understands. */
public enum Country {
    NO, SE, DK
}
