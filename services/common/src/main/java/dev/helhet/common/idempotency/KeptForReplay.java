package dev.helhet.common.idempotency;

/**
 * An answer holding something shown only once (a signing secret): what is kept for a replay is {@link #forReplay()}, so the
 * idempotency store never holds it in clear. A replay then answers the rest and says in its schema what it leaves out.
 */
public interface KeptForReplay {

    /** This answer without what must be shown only once. */
    Object forReplay();
}
