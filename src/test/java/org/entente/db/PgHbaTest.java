package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgHbaTest {
    @TempDir
    Path dataDir;

    private static List<String> rules(String conf) {
        return conf.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    @Test
    void remoteServingRequiresScramForEveryConnectionAndTrustsNothing() {
        List<String> rules = rules(PgHba.passwordOnly());
        assertEquals(3, rules.size());
        rules.forEach(r -> assertTrue(r.endsWith("scram-sha-256"), r));
        assertFalse(PgHba.passwordOnly().contains("trust"));
        assertTrue(rules.stream().anyMatch(r -> r.matches("host\\s+all\\s+all\\s+0\\.0\\.0\\.0/0\\s+scram-sha-256")));
        assertTrue(rules.stream().anyMatch(r -> r.matches("host\\s+all\\s+all\\s+::/0\\s+scram-sha-256")));
    }

    @Test
    void aLaterLocalStartPutsLoopbackTrustBackOnlyOverEntentesPasswordFile() throws Exception {
        PgHba.requirePasswords(dataDir);
        assertEquals(PgHba.passwordOnly(), Files.readString(dataDir.resolve("pg_hba.conf")));
        PgHba.restoreLoopbackTrust(dataDir);
        String restored = Files.readString(dataDir.resolve("pg_hba.conf"));
        assertTrue(rules(restored).stream().allMatch(r -> r.startsWith("local") || r.contains("127.0.0.1/32")
                || r.contains("::1/128")), restored);

        Files.writeString(dataDir.resolve("pg_hba.conf"), "host all all 10.0.0.0/8 scram-sha-256\n");
        PgHba.restoreLoopbackTrust(dataDir);
        assertEquals("host all all 10.0.0.0/8 scram-sha-256\n", Files.readString(dataDir.resolve("pg_hba.conf")));
    }
}
