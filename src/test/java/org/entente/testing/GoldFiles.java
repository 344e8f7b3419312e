package org.entente.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.entente.evaluation.GoldFile;

/** Gold files for tests, read where a lambda cannot throw. */
public final class GoldFiles {
    private GoldFiles() {
    }

    public static List<JsonNode> read(Path file) {
        try {
            return GoldFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
