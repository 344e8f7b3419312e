package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.testing.CliProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the packaged CLI says and returns when a user gets something wrong, and what it says about itself. */
class CliMessagesIT extends CliProcessFixture {
    @TempDir
    Path tmp;

    private CliProcess bare(String... args) throws Exception {
        return CliProcess.start(null, args);
    }

    private static void assertExit(int code, String stderrLine, CliProcess p) throws Exception {
        assertEquals(code, p.waitFor(60), p.stderr());
        assertTrue(p.stderr().lines().anyMatch(stderrLine::equals), "expected line: " + stderrLine + "\nstderr: " + p.stderr());
    }

    @Test
    void badOptionsExitTwoWithTheAcceptedForm() throws Exception {
        String data = tmp.resolve("data").toString();
        assertExit(ExitCodes.USAGE, "entente: not a duration: '10' (a number and a unit: 500ms, 30s, 15m, 2h, 1d)",
                bare("reload", "--wait", "10", "--data-dir", data));
        assertExit(ExitCodes.USAGE, "entente: --jdbc-url must have the form jdbc:postgresql://HOST:PORT/DB, not "
                + "'postgres://u:***@host/db'", bare("status", "--jdbc-url", "postgres://u:secret@host/db"));
        assertExit(ExitCodes.USAGE, "entente: --port must be a port number from 1 to 65535, not 99999",
                bare("status", "--port", "99999", "--data-dir", data));
        CliProcess noName = bare("report");
        assertEquals(ExitCodes.USAGE, noName.waitFor(60));
        assertTrue(noName.stderr().startsWith("entente: report: a report name is missing: entente report NAME"),
                noName.stderr());
        CliProcess noValue = bare("report", "latest-agreements", "--param", "limit", "--data-dir", data);
        assertEquals(ExitCodes.USAGE, noValue.waitFor(60));
        assertEquals("entente: --param limit: the value is missing; write --param limit=VALUE\n", noValue.stderr());
        assertExit(ExitCodes.USAGE, "Missing required parameter: 'READER'", bare("grant-reader", "--user", "metabase"));
        assertFalse(Files.exists(tmp.resolve("data")), "no data directory for a command that failed before it");
    }

    @Test
    void aWrongParameterValueNamesTheParameterAndItsType() throws Exception {
        assertEquals(0, entente("reload", "--corpus", "seeds").waitFor(120));
        CliProcess p = entente("report", "latest-agreements", "--param", "limit=abc");
        assertEquals(ExitCodes.USAGE, p.waitFor(60), p.stderr());
        assertTrue(p.stderr().contains("limit") && p.stderr().contains("a whole number from 1 to 2147483647"), p.stderr());
    }

    @Test
    void connectionMessagesSayWhatToDo() throws Exception {
        // Without --user the driver logs in as the operating-system user: only a server without that role can show the hint.
        Assumptions.assumeTrue(count("select count(*) from pg_roles where rolname = '"
                + System.getProperty("user.name").replace("'", "''") + "'") == 0, "the OS user is a role here");
        CliProcess noUser = CliProcess.start(db, "status", "--jdbc-url", db.jdbcUrl());
        assertEquals(ExitCodes.DATABASE, noUser.waitFor(60));
        assertTrue(noUser.stderr().contains("no database user was given") && noUser.stderr().contains(
                "pass --user USER or set ENTENTE_USER"), noUser.stderr());
        CliProcess host = bare("status", "--jdbc-url", "jdbc:postgresql://no-such-host.invalid:5432/x", "--user", "u");
        assertExit(ExitCodes.DATABASE, "entente: cannot connect to jdbc:postgresql://no-such-host.invalid:5432/x: "
                + "unknown host no-such-host.invalid (check the host name in --jdbc-url)", host);
        assertExit(ExitCodes.PARTIAL, "entente: nosuch.txt: no such file", bare("extract", "nosuch.txt"));
    }

    @Test
    void helpVersionAndCompletion() throws Exception {
        CliProcess help = bare("help");
        assertEquals(0, help.waitFor(60));
        assertTrue(help.stdout().startsWith("Usage: entente [-hV] [COMMAND]"), help.stdout());
        assertTrue(help.stdout().contains("  generate-completion"), help.stdout());
        CliProcess helpReload = bare("help", "reload");
        assertEquals(0, helpReload.waitFor(60));
        assertTrue(helpReload.stdout().contains("--max-removals"), helpReload.stdout());
        CliProcess version = bare("--version");
        assertEquals(0, version.waitFor(60));
        List<String> lines = version.stdout().lines().toList();
        assertEquals(3, lines.size(), version.stdout());
        assertTrue(lines.get(0).matches("entente \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        assertTrue(lines.get(1).matches("rules \\S+"), lines.get(1));
        assertTrue(lines.get(2).matches("commit ([0-9a-f]{7,}|unknown).*"), lines.get(2));
        CliProcess completion = bare("generate-completion");
        assertEquals(0, completion.waitFor(60));
        assertTrue(completion.stdout().contains("complete -F _complete_entente") && completion.stdout().contains(
                "grant-reader"), completion.stdout());
    }

    @Test
    void aReaderLoginRunsReportDocsAndStatusWithoutMigrating() throws Exception {
        assertEquals(0, entente("reload", "--corpus", "seeds").waitFor(120));
        CliProcess grant = CliProcess.startWith(Map.of("ENTENTE_PASSWORD", String.valueOf(db.password()),
                "ENTENTE_READER_PASSWORD", "reader-pw"), "grant-reader", "it_reader", "--jdbc-url", db.jdbcUrl(),
                "--user", db.user());
        assertEquals(0, grant.waitFor(60), grant.stderr());
        long history = count("select count(*) from flyway_schema_history");
        for (List<String> args : List.of(List.of("report", "country-partners", "--param", "country=PE"),
                List.of("docs", "--format", "json"), List.of("status"))) {
            CliProcess p = asReader(args);
            assertEquals(0, p.waitFor(60), args + ": " + p.stderr());
        }
        assertEquals(history, count("select count(*) from flyway_schema_history"));

        // The latest migration marked failed: the warehouse is one version behind the jar.
        long latest = count("select max(version::integer) from flyway_schema_history where version is not null");
        long before = count("select max(version::integer) from flyway_schema_history where version::integer < "
                + latest);
        db.query(dsl -> dsl.execute("update flyway_schema_history set success = false where version = '" + latest + "'"));
        try {
            CliProcess behind = asReader(List.of("status"));
            assertExit(ExitCodes.DATABASE, "entente: warehouse at version " + before + ", this jar expects " + latest
                    + ": run reload", behind);
        } finally {
            db.query(dsl -> dsl.execute("update flyway_schema_history set success = true where version = '" + latest
                    + "'"));
        }
    }

    private CliProcess asReader(List<String> args) throws Exception {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of("--jdbc-url", db.jdbcUrl(), "--user", "it_reader"));
        return CliProcess.startWith(Map.of("ENTENTE_PASSWORD", "reader-pw"), all.toArray(String[]::new));
    }

    @Test
    void aMissingCorpusOrDataDirectoryCreatesNothing() throws Exception {
        Path data = tmp.resolve("pgdata");
        assertExit(ExitCodes.CORPUS, "entente: " + tmp.resolve("nosuch") + ": corpus directory does not exist",
                bare("reload", "--corpus", tmp.resolve("nosuch").toString(), "--data-dir", data.toString()));
        assertFalse(Files.exists(data));
        assertExit(ExitCodes.DATABASE, "entente: no warehouse in " + tmp.resolve("TYPO") + " (no embedded PostgreSQL "
                + "data there): run reload first, or pass the right --data-dir",
                bare("status", "--data-dir", tmp.resolve("TYPO").toString()));
        assertFalse(Files.exists(tmp.resolve("TYPO")));
    }

    @Test
    void jsonPrintsOneObjectPerRunQuietPrintsNothingAndIgnoredFilesAreCounted() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, corpus.resolve(s.getFileName()));
            }
        }
        Files.writeString(corpus.resolve("notes.md"), "not an article");
        CliProcess first = entente("reload", "--corpus", corpus.toString());
        assertEquals(0, first.waitFor(120), first.stderr());
        assertEquals("ignored 1 file that is not .txt", first.stdout().lines().toList().get(1));

        CliProcess quiet = entente("reload", "--corpus", corpus.toString(), "--quiet");
        assertEquals(0, quiet.waitFor(120), quiet.stderr());
        assertEquals("", quiet.stdout());

        CliProcess json = entente("reload", "--corpus", corpus.toString(), "--json");
        assertEquals(0, json.waitFor(120), json.stderr());
        assertEquals(1, json.stdout().lines().count(), json.stdout());
        var o = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.stdout());
        assertEquals(0, o.get("exit_code").asInt());
        assertEquals(5, o.get("files").get("unchanged").asInt());
        assertEquals(1, o.get("files").get("ignored").asInt());
        assertEquals(0, o.get("changes").size());

        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        CliProcess refused = entente("reload", "--corpus", empty.toString(), "--json");
        assertEquals(ExitCodes.REFUSED, refused.waitFor(120));
        var r = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.stdout());
        assertEquals("refused", r.get("status").asText());
        assertEquals(ExitCodes.REFUSED, r.get("exit_code").asInt());
    }

    @Test
    void theProgressBarShowsOnAStderrTerminalWhileStdoutIsAFile() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) is not installed");
        Path out = tmp.resolve("summary.txt");
        String jar = System.getenv().getOrDefault("ENTENTE_JAR", "target/entente.jar");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = javaBin + " -XX:TieredStopAtLevel=1 -jar " + jar + " reload --corpus seeds --jdbc-url '"
                + db.jdbcUrl() + "' --user " + db.user() + " > " + out;
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true);
        if (db.password() != null) {
            pb.environment().put("ENTENTE_PASSWORD", db.password());
        }
        pb.environment().remove("ENTENTE_JDBC_URL");
        Process p = pb.start();
        String terminal = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(terminal.contains("listing the corpus ..."), terminal);
        assertTrue(terminal.contains("[##############################] 5/5 files"), terminal);
        String summary = Files.readString(out);
        assertTrue(summary.startsWith("run ") && !summary.contains("files/s"), summary);
    }
}
