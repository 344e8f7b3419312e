package org.entente.corpus;

import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it, as git's index records it: a file whose
 * stat is the one recorded when it was last read is taken as unchanged and not read again.
 *
 * @param size size in bytes
 * @param mtimeNanos modification time, nanoseconds since 1970
 * @param key device and inode (the file system's file key), or null where it has none
 */
public record FileStat(long size, long mtimeNanos, String key) {
    /** How recent a modification makes a stat prove nothing: see {@link #racy}. */
    public static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    public static FileStat of(BasicFileAttributes attrs) {
        Object key = attrs.fileKey();
        return new FileStat(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? null : key.toString());
    }

    /**
     * True when a file modified at {@code mtimeNanos} could still change within the same timestamp
     * after being read at {@code readNanos} (git's "racily clean" entries): its stat proves nothing
     * and is not recorded, so the next run hashes it.
     */
    public boolean racy(long readNanos) {
        return mtimeNanos >= readNanos - RACY_WINDOW.toNanos();
    }
}
