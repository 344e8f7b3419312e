package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.entente.testing.CliProcess;
import org.junit.jupiter.api.Test;

/** A password given inside --jdbc-url never reaches stdout or stderr. */
class PasswordRedactionIT extends CliProcessFixture {
    private static final String SECRET = "Hunter2-redaction-probe";

    @Test
    void aFailedConnectionPrintsTheUrlWithoutItsPassword() throws Exception {
        CliProcess p = CliProcess.start(null, "report", "country-activity", "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/entente?user=u&password=" + SECRET, "--user", "u");
        assertEquals(ExitCodes.DATABASE, p.waitFor(120));
        assertTrue(p.stderr().contains("jdbc:postgresql://127.0.0.1:1/entente?user=u&password=***"), p.stderr());
        assertFalse(p.stderr().contains(SECRET) || p.stdout().contains(SECRET), p.stderr());
    }

    @Test
    void scheduleAnnouncesItsDatabaseWithoutThePassword() throws Exception {
        // Embedded and trusting servers ignore the password; others need the real one.
        String password = db.password() == null ? SECRET : db.password();
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        CliProcess p = CliProcess.start(db, "schedule", "--corpus", "seeds", "--every", "1h", "--jdbc-url", url,
                "--user", db.user());
        long deadline = System.currentTimeMillis() + 120_000;
        while (!p.stdout().contains("Reloading")) {
            assertTrue(System.currentTimeMillis() < deadline && p.process().isAlive(), p.stderr());
            Thread.sleep(100);
        }
        p.process().destroy();
        p.waitFor(60);
        assertTrue(p.stdout().contains("?password=***") || p.stdout().contains("&password=***"), p.stdout());
        assertFalse(p.stdout().contains("password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)), p.stdout());
        assertFalse(p.stderr().contains("password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)), p.stderr());
    }
}
