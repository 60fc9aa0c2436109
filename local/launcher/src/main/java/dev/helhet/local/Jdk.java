package dev.helhet.local;

import java.nio.file.Path;

/** The JDK the launcher runs on; every server it starts uses the same one. */
final class Jdk {

    private Jdk() {
    }

    static Path home() {
        return Path.of(System.getProperty("java.home"));
    }

    static String javaExecutable() {
        return home().resolve("bin/java").toString();
    }
}
