package org.entente.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists the {@code .txt} files under a corpus root, following links that stay inside it; reports
 * loops, broken links, links that leave the corpus, unreadable folders and names that are not UTF-8.
 *
 * <p>A file's name under the root is its path relative to the root, with '/' between folders and
 * every name exactly as the file system has it: two files never share a name.
 */
public final class CorpusScanner {
    private static final String TEXT_SUFFIX = ".txt";

    private final boolean followLinksOutside;

    /** @param followLinksOutside follow symbolic links whose target lies outside the corpus root */
    public CorpusScanner(boolean followLinksOutside) {
        this.followLinksOutside = followLinksOutside;
    }

    public CorpusScanner() {
        this(false);
    }

    /** A file to load: its path on disk, its name under the corpus root and its stat (null if unknown). */
    public record Entry(Path path, String sourceFile, FileStat stat) {
        public Entry(Path path, String sourceFile) {
            this(path, sourceFile, null);
        }
    }

    /**
     * The files found, the paths that could not be walked or are refused (a folder's failure stands
     * for everything under it), and how many other files were ignored.
     *
     * @param root the corpus root's real path
     * @param failedPaths the paths of {@code failures}, derived
     */
    public record Listing(Path root, List<Entry> entries, List<CorpusException> failures, int ignored,
                          Set<String> failedPaths) {

        public Listing {
            entries = List.copyOf(entries);
            failures = List.copyOf(failures);
            failedPaths = failures.stream().map(CorpusException::path).collect(Collectors.toUnmodifiableSet());
        }

        public Listing(Path root, List<Entry> entries, List<CorpusException> failures, int ignored) {
            this(root, entries, failures, ignored, Set.of());
        }

        /** True when {@code sourceFile} is, or lies under, a path the scan failed on: its state is unknown. */
        public boolean hidden(String sourceFile) {
            if (failedPaths.isEmpty()) {
                return false;
            }
            for (int slash = sourceFile.length(); slash > 0; slash = sourceFile.lastIndexOf('/', slash - 1)) {
                if (failedPaths.contains(sourceFile.substring(0, slash))) {
                    return true;
                }
            }
            return false;
        }
    }

    public Listing scan(Path root) throws CorpusException {
        if (!Files.isDirectory(root)) {
            throw new CorpusException(root.toString(), Files.exists(root)
                    ? "corpus is not a directory" : "corpus directory does not exist");
        }
        Path base = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = base.toRealPath();
        } catch (IOException e) {
            throw new CorpusException(root.toString(), "cannot resolve the corpus directory: " + e.getMessage());
        }
        Walk walk = new Walk(base, real);
        try {
            Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            throw new CorpusException(root.toString(), "cannot list the corpus: " + e.getMessage());
        }
        walk.entries.sort(Comparator.comparing(Entry::sourceFile));
        walk.failures.sort(Comparator.comparing(CorpusException::path));
        return new Listing(real, walk.entries, walk.failures, walk.ignored);
    }

    /** One walk of the tree under {@code base}, whose real path is {@code real}. */
    private final class Walk extends SimpleFileVisitor<Path> {
        private final Path base;
        private final Path real;
        private final List<Entry> entries = new ArrayList<>();
        private final List<CorpusException> failures = new ArrayList<>();
        private int ignored;

        Walk(Path base, Path real) {
            this.base = base;
            this.real = real;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(base)) {
                return FileVisitResult.CONTINUE;
            }
            String name = nameOf(dir);
            if (name == null) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            // Folders the walk entered are inside the corpus, so only a link can lead out of it.
            if (Files.isSymbolicLink(dir) && leavesCorpus(dir, name)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            boolean text = file.getFileName().toString().endsWith(TEXT_SUFFIX);
            if (attrs.isSymbolicLink()) {
                // Following it failed: its target is gone. It may have been a folder of articles.
                failIfNamed(file, "broken symbolic link (its target does not exist)");
                return FileVisitResult.CONTINUE;
            }
            if (!text) {
                ignored++;
                return FileVisitResult.CONTINUE;
            }
            String name = nameOf(file);
            if (name != null && !(Files.isSymbolicLink(file) && leavesCorpus(file, name))) {
                entries.add(new Entry(file, name, FileStat.of(attrs)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why = e instanceof FileSystemLoopException ? "symbolic link loop"
                    : "cannot read: " + e.getClass().getSimpleName();
            failIfNamed(file, why);
            return FileVisitResult.CONTINUE;
        }

        private void failIfNamed(Path path, String why) {
            String name = nameOf(path);
            if (name != null) {
                failures.add(new CorpusException(name, why));
            }
        }

        private boolean leavesCorpus(Path link, String name) {
            if (followLinksOutside) {
                return false;
            }
            try {
                if (link.toRealPath().startsWith(real)) {
                    return false;
                }
                failures.add(new CorpusException(name, "link leaves the corpus (pass --follow-links-outside to "
                        + "follow it)"));
            } catch (IOException e) {
                failures.add(new CorpusException(name, "cannot resolve link: " + e.getClass().getSimpleName()));
            }
            return true;
        }

        /**
         * The path under the root with '/' separators and names as the file system has them; null
         * (and a failure recorded) when a name is not UTF-8, since it could not be stored exactly.
         */
        private String nameOf(Path path) {
            Path relative = base.relativize(path);
            String name = relative.toString();
            // Path decodes names with the JVM's file-name encoding; what does not encode back to the
            // same bytes was not valid in it.
            if (!relative.equals(relative.getFileSystem().getPath(name))) {
                failures.add(new CorpusException(rawName(path), "file name is not UTF-8"
                        + ("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) ? ""
                        : " (or this JVM reads names as " + System.getProperty("sun.jnu.encoding")
                        + ": run it with LANG=C.UTF-8)")));
                return null;
            }
            return name;
        }

        /**
         * The relative name with each byte that is not UTF-8 written as \\xHH: a path's URI keeps the
         * name's bytes, percent-encoded.
         */
        private String rawName(Path path) {
            String relative = base.toUri().relativize(path.toUri()).getRawPath();
            if (relative.endsWith("/")) {
                relative = relative.substring(0, relative.length() - 1);
            }
            ByteBuffer bytes = ByteBuffer.allocate(relative.length());
            for (int i = 0; i < relative.length(); i++) {
                char c = relative.charAt(i);
                if (c == '%' && i + 2 < relative.length()) {
                    bytes.put((byte) Integer.parseInt(relative.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.put((byte) c);
                }
            }
            return FileNames.decodeEscaped(bytes.flip());
        }
    }
}
