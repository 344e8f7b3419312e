package org.entente.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.LongAdder;
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
    /** Stat calls wait on the file system more than on the CPU: a few more threads than cores. */
    private static final ForkJoinPool POOL = new ForkJoinPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));

    private final boolean followLinksOutside;

    /** @param followLinksOutside follow symbolic links whose target lies outside the corpus root */
    public CorpusScanner(boolean followLinksOutside) {
        this.followLinksOutside = followLinksOutside;
    }

    public CorpusScanner() {
        this(false);
    }

    /**
     * A file to load: its name under the corpus root and its stat (null if unknown). The path on disk
     * is derived, not kept: a listing of a million files holds a million of these.
     */
    public record Entry(Path root, String sourceFile, FileStat stat) {
        /** The file's path: the root resolved with its name. */
        public Path path() {
            return root.resolve(sourceFile);
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
            // Folders are listed in parallel: a stat a file is most of a no-op reload's listing.
            POOL.invoke(walk.folder(base, "", real));
        } catch (UncheckedIOException e) {
            throw new CorpusException(root.toString(), "cannot list the corpus: " + e.getCause().getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        walk.entries.forEach(entries::addAll);
        entries.sort(Comparator.comparing(Entry::sourceFile));
        List<CorpusException> failures = new ArrayList<>(walk.failures);
        failures.sort(Comparator.comparing(CorpusException::path));
        return new Listing(real, entries, failures, walk.ignored.intValue());
    }

    /**
     * One walk of the tree under {@code base}, whose real path is {@code real}. Entries are read
     * without following links (one lstat a file); a link is followed by hand, so that the links are
     * the only entries that cost more.
     */
    private final class Walk {
        private final Path base;
        private final Path real;
        private final Queue<List<Entry>> entries = new ConcurrentLinkedQueue<>();
        private final Queue<CorpusException> failures = new ConcurrentLinkedQueue<>();
        private final LongAdder ignored = new LongAdder();

        Walk(Path base, Path real) {
            this.base = base;
            this.real = real;
        }

        /** Lists the folder {@code dir}, named {@code name} under the root ("" for the root), whose real path is {@code dirReal}. */
        RecursiveAction folder(Path dir, String name, Path dirReal) {
            return new RecursiveAction() {
                @Override
                protected void compute() {
                    List<RecursiveAction> subfolders = new ArrayList<>();
                    // A list a folder, queued once: a queue offer a file was contended by every thread.
                    List<Entry> files = new ArrayList<>();
                    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
                        for (Path child : children) {
                            RecursiveAction sub = visit(child, name, dirReal, files);
                            if (sub != null) {
                                subfolders.add(sub);
                            }
                        }
                    } catch (DirectoryIteratorException e) {
                        throw new UncheckedIOException(e.getCause());
                    } catch (IOException e) {
                        failIfNamed(dir, name, "cannot read: " + e.getClass().getSimpleName());
                    }
                    if (!files.isEmpty()) {
                        entries.add(files);
                    }
                    invokeAll(subfolders);
                }
            };
        }

        /** Records a file, or returns the listing of a folder to walk. */
        private RecursiveAction visit(Path child, String parentName, Path parentReal, List<Entry> files) {
            String fileName = child.getFileName().toString();
            String name = parentName.isEmpty() ? fileName : parentName + "/" + fileName;
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                failIfNamed(child, name, "cannot read: " + e.getClass().getSimpleName());
                return null;
            }
            if (!utf8(child, name)) {
                return null;
            }
            if (attrs.isSymbolicLink()) {
                return followLink(child, name, parentReal, files);
            }
            if (attrs.isDirectory()) {
                return folder(child, name, parentReal.resolve(fileName));
            }
            addFile(name, attrs, files);
            return null;
        }

        private RecursiveAction followLink(Path link, String name, Path parentReal, List<Entry> files) {
            Path target;
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(link, BasicFileAttributes.class);
                target = link.toRealPath();
            } catch (NoSuchFileException e) {
                failures.add(new CorpusException(name, "broken symbolic link (its target does not exist)"));
                return null;
            } catch (FileSystemException e) {
                failures.add(new CorpusException(name, e.getMessage() != null && e.getMessage().contains("symbolic links")
                        ? "symbolic link loop" : "cannot resolve link: " + e.getClass().getSimpleName()));
                return null;
            } catch (IOException e) {
                failures.add(new CorpusException(name, "cannot resolve link: " + e.getClass().getSimpleName()));
                return null;
            }
            if (attrs.isDirectory() && parentReal.startsWith(target)) {
                // The folder it leads to holds the link: walking it would never end.
                failures.add(new CorpusException(name, "symbolic link loop"));
                return null;
            }
            if (!followLinksOutside && !target.startsWith(real)) {
                if (attrs.isDirectory() || name.endsWith(TEXT_SUFFIX)) {
                    failures.add(new CorpusException(name, "link leaves the corpus (pass --follow-links-outside to "
                            + "follow it)"));
                } else {
                    ignored.increment();
                }
                return null;
            }
            if (attrs.isDirectory()) {
                return folder(link, name, target);
            }
            addFile(name, attrs, files);
            return null;
        }

        private void addFile(String name, BasicFileAttributes attrs, List<Entry> files) {
            if (name.endsWith(TEXT_SUFFIX)) {
                files.add(new Entry(base, name, FileStat.of(attrs)));
            } else {
                ignored.increment();
            }
        }

        private void failIfNamed(Path path, String name, String why) {
            if (utf8(path, name)) {
                failures.add(new CorpusException(name, why));
            }
        }

        /**
         * False (and a failure recorded) when a name is not UTF-8, since it could not be stored exactly.
         * Path decodes names with the JVM's file-name encoding; what does not encode back to the same
         * bytes was not valid in it. Only a name with a character beyond ASCII can be such a name.
         */
        private boolean utf8(Path path, String name) {
            if (ascii(name)) {
                return true;
            }
            Path relative = base.relativize(path);
            if (relative.equals(relative.getFileSystem().getPath(relative.toString()))) {
                return true;
            }
            failures.add(new CorpusException(rawName(path), "file name is not UTF-8"
                    + ("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) ? ""
                    : " (or this JVM reads names as " + System.getProperty("sun.jnu.encoding")
                    + ": run it with LANG=C.UTF-8)")));
            return false;
        }

        /** A loop, not a stream: it runs for every file, mostly before the JIT has compiled it. */
        private static boolean ascii(String name) {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
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
