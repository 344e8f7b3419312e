package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import org.junit.jupiter.api.Test;

class MemoryProbeTest {
    private static final int KEPT_BYTES = 48 * 1024 * 1024;

    @Test
    void heapRightAfterACollectionCountsWhatIsStillReachable() throws InterruptedException {
        try (MemoryProbe memory = new MemoryProbe()) {
            byte[] kept = new byte[KEPT_BYTES];
            System.gc();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (memory.peakHeapAfterCollectionBytes() < KEPT_BYTES && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(memory.peakHeapAfterCollectionBytes() >= KEPT_BYTES,
                    "after the collection: " + memory.peakHeapAfterCollectionBytes());
            Reference.reachabilityFence(kept);
        }
    }
}
