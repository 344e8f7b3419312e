package org.entente.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A corpus of many distinct files made from the seeds, for tests that need a reload to take a while. */
public final class SyntheticCorpus {
    private SyntheticCorpus() {
    }

    /** Writes {@code copies} variants of each seed into {@code dir}; returns the number of files. */
    public static int write(Path dir, int copies) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("seeds"), "*.txt")) {
            for (Path p : ds) {
                seeds.add(Files.readString(p));
            }
        }
        Files.createDirectories(dir);
        int n = 0;
        for (int i = 0; i < copies; i++) {
            for (int s = 0; s < seeds.size(); s++) {
                Files.writeString(dir.resolve(String.format("c%05d_%d.txt", i, s)),
                        seeds.get(s) + "\n\nDépêche numéro " + i + ".");
                n++;
            }
        }
        return n;
    }
}
