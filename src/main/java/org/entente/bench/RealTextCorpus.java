package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus of unique articles made from real texts read at run time (never stored in the project):
 * article i is text i modulo their number with a numbered closing line, which adds no fact.
 */
final class RealTextCorpus {
    private final List<String> texts;
    private final Path dir;

    RealTextCorpus(List<Path> from, Path dir) {
        this.texts = from.stream().flatMap(RealTextCorpus::textsUnder).toList();
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .txt article under " + from);
        }
        this.dir = dir;
    }

    private static Stream<String> textsUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList().stream()
                    .map(RealTextCorpus::read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    int texts() {
        return texts.size();
    }

    /** Writes articles {@code from} (inclusive) to {@code to} (exclusive), a folder per thousand; returns bytes. */
    long writeRange(int from, int to) {
        return java.util.stream.IntStream.range(from, to).parallel().mapToLong(i -> write(i, i)).sum();
    }

    /** Writes the file of article {@code index} with the text and number of article {@code as}. */
    long write(int index, int as) {
        byte[] bytes = (texts.get(as % texts.size()) + "\n\nDépêche n° " + as + ".\n").getBytes(StandardCharsets.UTF_8);
        Path file = file(index);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Path file(int index) {
        return dir.resolve(String.format("b%04d", index / 1000)).resolve(String.format("a%07d.txt", index));
    }

    Path dir() {
        return dir;
    }
}
