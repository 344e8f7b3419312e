package org.entente.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this process: heap used (sampled every 10 ms from the MemoryMXBean, so garbage not
 * yet collected counts) and resident set (VmHWM of /proc/self/status, reset through clear_refs).
 */
final class MemoryProbe implements AutoCloseable {
    private static final Path STATUS = Path.of("/proc/self/status");
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile boolean running = true;

    MemoryProbe() {
        resetRss();
        sampler = new Thread(this::sample, "bench-memory-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakHeapBytes() {
        return Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
    }

    /** The maximum heap the JVM may use (-Xmx). */
    static long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    /** Peak resident set size since the probe started, or -1 where /proc is not there. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void resetRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException e) {
            // Not Linux, or not allowed: the peak then covers the whole process life, which the table says.
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
