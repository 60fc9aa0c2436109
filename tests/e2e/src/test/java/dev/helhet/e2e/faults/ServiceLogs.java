package dev.helhet.e2e.faults;

import dev.helhet.e2e.Platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the applications of this run logged about a request: lets a fault test that fails on an unexplained answer say
 * which exception caused it, since CI keeps the test's output but not the applications' logs.
 */
final class ServiceLogs {

    private static final Pattern MESSAGE = Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.){0,200})");
    private static final Pattern EXCEPTION = Pattern.compile("\"exceptionType\":\"([^\"]+)\"(?:,\"message\":\"((?:[^\"\\\\]|\\\\.){0,200}))?");

    private ServiceLogs() {
    }

    /** For each outcome's request ids, the log lines that name them, reduced to file, message and exception chain. */
    static String about(Map<String, List<String>> requestIdsByOutcome) {
        StringBuilder found = new StringBuilder();
        requestIdsByOutcome.forEach((outcome, ids) -> ids.forEach(id -> {
            found.append("\n  ").append(outcome).append(", request id ").append(id).append(':');
            linesNaming(id).forEach(line -> found.append("\n    ").append(line));
        }));
        return found.toString();
    }

    private static List<String> linesNaming(String requestId) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> logs = Files.list(Platform.profile().logDir())) {
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).sorted().toList()) {
                try (Stream<String> content = Files.lines(log)) {
                    content.filter(line -> line.contains(requestId)).map(line -> log.getFileName() + ": " + summary(line)).forEach(lines::add);
                } catch (IOException | UncheckedIOException e) {
                    lines.add(log.getFileName() + ": unreadable (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            lines.add("logs unreadable: " + e.getMessage());
        }
        return lines.isEmpty() ? List.of("(no log line names it)") : lines;
    }

    private static String summary(String line) {
        Matcher message = MESSAGE.matcher(line);
        StringBuilder summary = new StringBuilder(message.find() ? message.group(1) : line.substring(0, Math.min(200, line.length())));
        Matcher exception = EXCEPTION.matcher(line);
        while (exception.find()) {
            summary.append(" <- ").append(exception.group(1)).append(exception.group(2) == null ? "" : ": " + exception.group(2));
        }
        return summary.toString();
    }
}
