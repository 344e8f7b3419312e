package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One reload run as cron runs it: a new JVM ({@code java -Xmx... -jar entente.jar reload}), timed
 * from its start to its exit, with its peak resident memory (VmHWM, polled).
 */
final class CronReload {
    /**
     * Wall-clock seconds, CPU seconds (user and system, -1 where /proc is absent: on a shared machine
     * the figure that does not depend on the others' load), peak RSS in bytes, exit code and output.
     */
    record Result(double seconds, double cpuSeconds, long peakRssBytes, int exitCode, String output) {
    }

    private final Path jar;
    private final String heap;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    CronReload(Path jar, String heap, String jdbcUrl, String user, String password) {
        this.jar = jar;
        this.heap = heap;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** The jar this code runs from. */
    static Path runningJar() {
        try {
            return Path.of(CronReload.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Result run(Path corpus, String... extra) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", jar.toString(), "reload", "--corpus", corpus.toString(), "--jdbc-url", jdbcUrl,
                "--user", user, "--max-removals", "100%"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null) {
            builder.environment().put("ENTENTE_PASSWORD", password);
        }
        try {
            Path out = Files.createTempFile("entente-bench-reload", ".log");
            builder.redirectOutput(out.toFile());
            long started = System.nanoTime();
            Process p = builder.start();
            long peak = -1;
            long ticks = -1;
            while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(p.pid()));
                ticks = Math.max(ticks, cpuTicks(p.pid()));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<String> lines = Files.readAllLines(out);
            Files.delete(out);
            // The last poll misses at most 20 ms of CPU.
            return new Result(seconds, ticks < 0 ? -1 : ticks / 100.0, peak, p.exitValue(), String.join("\n", lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** User and system time of a live process in clock ticks (USER_HZ, 100 on Linux); -1 when unreadable. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** VmHWM of a live process, in bytes; -1 when it cannot be read. */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
