package dev.helhet.local;

import java.nio.file.Path;

/** A packaged Quarkus application of this repository: its name, module folder and HTTP port. */
public record App(String name, Path module, int port) {

    public Path runnableJar() {
        return module.resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
