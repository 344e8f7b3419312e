package org.entente.corpus;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** Lists the {@code .txt} files under a corpus root, following links, reporting loops and unreadable folders. */
public final class CorpusScanner {

    /** A file to load: its path on disk and its name under the corpus root. */
    public record Entry(Path path, String sourceFile) {
    }

    /** The files found, and the paths that could not be walked. */
    public record Listing(List<Entry> entries, List<CorpusException> failures) {
    }

    public Listing scan(Path root) throws CorpusException {
        if (!Files.isDirectory(root)) {
            throw new CorpusException(root.toString(), Files.exists(root)
                    ? "corpus is not a directory" : "corpus directory does not exist");
        }
        Path base = root.toAbsolutePath().normalize();
        List<Entry> entries = new ArrayList<>();
        List<CorpusException> failures = new ArrayList<>();
        try {
            Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (file.getFileName().toString().endsWith(".txt")) {
                                entries.add(new Entry(file, nameOf(base, file)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException ? "symbolic link loop"
                                    : "cannot read: " + e.getClass().getSimpleName();
                            failures.add(new CorpusException(nameOf(base, file), why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new CorpusException(root.toString(), "cannot list the corpus: " + e.getMessage());
        }
        entries.sort(Comparator.comparing(Entry::sourceFile));
        return new Listing(List.copyOf(entries), List.copyOf(failures));
    }

    private static String nameOf(Path base, Path file) {
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
