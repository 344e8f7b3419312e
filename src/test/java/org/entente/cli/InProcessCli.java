package org.entente.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.testing.TestDatabase;

/** Runs the CLI in this JVM against a test database and captures what it prints on stdout. */
final class InProcessCli {
    record Run(int exitCode, String out) {
    }

    private InProcessCli() {
    }

    /** The password travels in the URL, as the CLI reads it from the environment only. */
    static Run run(TestDatabase db, String... args) {
        return runOn(db, db.jdbcUrl(), args);
    }

    /** As {@link #run(TestDatabase, String...)}, on another database of the test database's server. */
    static Run runOn(TestDatabase db, String jdbcUrl, String... args) {
        String url = jdbcUrl + (db.password() == null ? ""
                : (jdbcUrl.contains("?") ? "&" : "?") + "password="
                + URLEncoder.encode(db.password(), StandardCharsets.UTF_8));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--jdbc-url", url, "--user", db.user()));
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = EntenteCommand.run(all.toArray(String[]::new));
            return new Run(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }
}
