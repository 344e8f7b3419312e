package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entente.testing.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cron sees: an empty or unmounted corpus exits 7 and changes nothing; hostile names print escaped. */
class RemovalGuardIT extends CliProcessFixture {
    @TempDir
    Path empty;

    @Test
    void anEmptyCorpusExitsSevenAndTheWarehouseStays() throws Exception {
        assertEquals(0, entente("reload", "--corpus", "seeds").waitFor(120));
        Map<String, String> before = checksums();
        CliProcess refused = entente("reload", "--corpus", empty.toString());
        assertEquals(ExitCodes.REFUSED, refused.waitFor(120), refused.stderr());
        assertTrue(refused.stderr().contains("would remove 5 of 5 articles (the corpus holds no article file; "
                + "--max-removals 10%)"), refused.stderr());
        assertEquals(before, checksums());
        CliProcess bad = entente("reload", "--corpus", empty.toString(), "--max-removals", "ten");
        assertEquals(ExitCodes.USAGE, bad.waitFor(120), bad.stderr());
        assertTrue(bad.stderr().contains("--max-removals takes a count (500) or a percentage (10%)"), bad.stderr());
        CliProcess allowed = entente("reload", "--corpus", empty.toString(), "--max-removals", "100%");
        assertEquals(0, allowed.waitFor(120), allowed.stderr());
        assertTrue(allowed.stdout().contains("removed 5"), allowed.stdout());
        assertTrue(allowed.stdout().contains("corpus root changed"), allowed.stdout());
    }

    @Test
    void controlCharactersInFileNamesArePrintedEscaped() throws Exception {
        Files.write(empty.resolve("evil\u001b[2J\u001b[31m.txt"), new byte[] {'x', 0});
        CliProcess p = entente("reload", "--corpus", empty.toString());
        assertEquals(ExitCodes.PARTIAL, p.waitFor(120), p.stderr());
        assertTrue(p.stderr().contains("failed: evil\\x1b[2J\\x1b[31m.txt: binary content"), p.stderr());
        assertFalse(p.stderr().contains("\u001b") || p.stdout().contains("\u001b"), "no raw escape reaches the terminal");
    }
}
