package dev.helhet.local;

/** The launcher's own output: short lines with a prefix, so they stand out among the servers' logs. */
final class Console {

    private Console() {
    }

    static void info(String message) {
        System.out.println("[helhet] " + message);
        System.out.flush();
    }

    static void error(String message) {
        System.err.println("[helhet] ERROR " + message);
        System.err.flush();
    }
}
