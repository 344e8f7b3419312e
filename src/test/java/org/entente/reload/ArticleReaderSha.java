package org.entente.reload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Test helper: the SHA-256 of a file, as the reader computes it. */
final class ArticleReaderSha {
    private ArticleReaderSha() {
    }

    static String of(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
