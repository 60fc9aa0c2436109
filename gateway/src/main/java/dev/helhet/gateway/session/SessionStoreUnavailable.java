package dev.helhet.gateway.session;

/** The gateway's session database could not be reached: the browser's session is neither found nor refused. */
public final class SessionStoreUnavailable extends RuntimeException {

    SessionStoreUnavailable(Throwable cause) {
        super("The browser sessions' database could not be reached", cause);
    }

    /** Whether this is somewhere in a failure's causes (Quarkus may wrap it). */
    static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SessionStoreUnavailable) {
                return true;
            }
        }
        return false;
    }
}
