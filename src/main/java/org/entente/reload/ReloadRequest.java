package org.entente.reload;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to reload and how carefully.
 *
 * @param corpus the corpus directory
 * @param waitFor how long to wait for another reload to finish (zero: not at all)
 * @param maxRemovals how many articles the reload may remove before it refuses and changes nothing
 * @param followLinksOutside follow symbolic links whose target lies outside the corpus
 */
public record ReloadRequest(Path corpus, Duration waitFor, RemovalLimit maxRemovals, boolean followLinksOutside) {

    /** The defaults: the removal guard at {@link RemovalLimit#DEFAULT}, links kept inside the corpus. */
    public static ReloadRequest of(Path corpus, Duration wait) {
        return new ReloadRequest(corpus, wait, RemovalLimit.DEFAULT, false);
    }

    public ReloadRequest withMaxRemovals(RemovalLimit limit) {
        return new ReloadRequest(corpus, waitFor, limit, followLinksOutside);
    }
}
