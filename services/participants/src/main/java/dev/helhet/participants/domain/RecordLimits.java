package dev.helhet.participants.domain;

import dev.helhet.common.input.CollectionLimit;

/**
 * The most one person's record holds of each kind: far above any real record, and the {@code maxItems} the OpenAPI
 * document declares. Adding past one answers 409 {@code limit-reached}.
 */
public final class RecordLimits {

    /** Consents ever recorded, revoked and expired ones included. */
    public static final int CONSENTS = 200;
    /** Programme enrolments, ended ones included (so also the programmes someone is in now). */
    public static final int ENROLMENTS = 50;
    public static final int EXTENSIONS_PER_ENROLMENT = 20;
    /** Network persons, removed ones included. */
    public static final int NETWORK_PERSONS = 50;
    public static final int IDENTITY_CHANGES = 20;
    /** A consent's history: granted, then revoked or expired (both, if they cross). */
    public static final int CONSENT_CHANGES = 3;
    /** The newest access-log entries an export holds; the access log itself is read a page at a time. */
    public static final int EXPORTED_ACCESSES = 10_000;

    public static final CollectionLimit CONSENTS_OF_A_RECORD = new CollectionLimit("person's record's consents", CONSENTS);
    public static final CollectionLimit ENROLMENTS_OF_A_RECORD = new CollectionLimit("person's record's programme enrolments", ENROLMENTS);
    public static final CollectionLimit EXTENSIONS_OF_AN_ENROLMENT = new CollectionLimit("enrolment's extensions", EXTENSIONS_PER_ENROLMENT);
    public static final CollectionLimit NETWORK_OF_A_RECORD = new CollectionLimit("person's network", NETWORK_PERSONS);
    public static final CollectionLimit IDENTITY_CHANGES_OF_A_RECORD = new CollectionLimit("person's identity number changes", IDENTITY_CHANGES);

    private RecordLimits() {
    }
}
