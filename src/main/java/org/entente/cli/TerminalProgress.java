package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.reload.ReloadProgress;

/**
 * A one-line progress bar on stderr when stderr is a terminal (listing, then files done, rate, time
 * left), whatever stdout is; it also counts the files ignored for the summary.
 */
final class TerminalProgress implements ReloadProgress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private int total;
    private int done;
    private int ignored;
    private long startedAt;
    private long lastDrawn;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    /** A bar on stderr when it is a terminal, else a silent counter. */
    static TerminalProgress forConsole() {
        return new TerminalProgress(stderrIsTerminal() ? System.err : null);
    }

    /** stderr's file descriptor leads to a terminal device (Linux); elsewhere, whether the JVM has a console. */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    int ignored() {
        return ignored;
    }

    @Override
    public void listing() {
        if (out != null) {
            out.print("\rlisting the corpus ...");
            out.flush();
        }
    }

    @Override
    public void ignored(int files) {
        ignored = files;
    }

    @Override
    public synchronized void start(int files) {
        total = files;
        startedAt = System.nanoTime();
        if (out != null) {
            draw(startedAt);
        }
    }

    @Override
    public synchronized void advance(int files) {
        done += files;
        long now = System.nanoTime();
        if (out != null && (now - lastDrawn > 100_000_000L || done == total)) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-3, (now - startedAt) / 1e9);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        out.printf("\r[%s%s] %d/%d files, %.0f files/s, %ds left ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, rate, left);
        out.flush();
    }

    @Override
    public void finish() {
        if (out != null) {
            out.println();
        }
    }
}
