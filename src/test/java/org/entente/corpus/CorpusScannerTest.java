package org.entente.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScannerTest {
    @TempDir
    Path root;

    @Test
    void listsTextFilesRecursivelyInPathOrderWithRelativeNames() throws Exception {
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("b/2.txt"), "x");
        Files.writeString(root.resolve("a.txt"), "x");
        Files.writeString(root.resolve("notes.md"), "x");
        CorpusScanner.Listing l = new CorpusScanner().scan(root);
        assertEquals(java.util.List.of("a.txt", "b/2.txt"),
                l.entries().stream().map(CorpusScanner.Entry::sourceFile).toList());
    }

    @Test
    void symbolicLinkLoopIsAFailureOfThatPathOnly() throws Exception {
        Files.createDirectories(root.resolve("d"));
        Files.writeString(root.resolve("d/ok.txt"), "x");
        Files.createSymbolicLink(root.resolve("d/loop"), root.resolve("d"));
        CorpusScanner.Listing l = new CorpusScanner().scan(root);
        assertEquals(1, l.entries().size());
        assertEquals(1, l.failures().size());
        assertTrue(l.failures().get(0).reason().contains("loop"));
    }

    @Test
    void missingCorpusIsAnError() {
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusScanner().scan(root.resolve("nope")));
        assertEquals("corpus directory does not exist", e.reason());
    }
}
