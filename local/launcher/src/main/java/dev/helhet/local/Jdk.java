package dev.helhet.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Flags every Quarkus app gets on this JDK: jboss-threads resets thread locals reflectively (any JDK);
     * Netty reaches for sun.misc.Unsafe, which JDK 23+ only allows when told (JDK 21 does not know the flag).
     */
    static List<String> quarkusFlags() {
        List<String> flags = new ArrayList<>(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) {
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        return flags;
    }
}
