package org.entente.cli;

import java.io.PrintStream;
import org.entente.reload.ReloadProgress;

/** A one-line progress bar on a terminal (files done, rate, time left); silent otherwise. */
final class TerminalProgress implements ReloadProgress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private int total;
    private int done;
    private long startedAt;
    private long lastDrawn;

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    static ReloadProgress forConsole() {
        return System.console() != null ? new TerminalProgress(System.err) : ReloadProgress.NONE;
    }

    @Override
    public void start(int files) {
        total = files;
        startedAt = System.nanoTime();
    }

    @Override
    public void advance(int files) {
        done += files;
        long now = System.nanoTime();
        if (now - lastDrawn > 200_000_000L || done == total) {
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
        if (total > 0) {
            out.println();
        }
    }
}
