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
 * @param verify hash every file, even those whose stat is the one recorded when they were last read
 * @param rebuildMarts rebuild every reporting mart whole instead of the rows the run touched (repair)
 */
public record ReloadRequest(Path corpus, Duration waitFor, RemovalLimit maxRemovals, boolean followLinksOutside,
                            boolean verify, boolean rebuildMarts) {

    public ReloadRequest(Path corpus, Duration waitFor, RemovalLimit maxRemovals, boolean followLinksOutside) {
        this(corpus, waitFor, maxRemovals, followLinksOutside, false, false);
    }

    /** The defaults: the removal guard at {@link RemovalLimit#DEFAULT}, links kept inside the corpus. */
    public static ReloadRequest of(Path corpus, Duration wait) {
        return new ReloadRequest(corpus, wait, RemovalLimit.DEFAULT, false);
    }

    public ReloadRequest withMaxRemovals(RemovalLimit limit) {
        return new ReloadRequest(corpus, waitFor, limit, followLinksOutside, verify, rebuildMarts);
    }

    public ReloadRequest withVerify(boolean rehashAll) {
        return new ReloadRequest(corpus, waitFor, maxRemovals, followLinksOutside, rehashAll, rebuildMarts);
    }

    public ReloadRequest withRebuildMarts(boolean rebuild) {
        return new ReloadRequest(corpus, waitFor, maxRemovals, followLinksOutside, verify, rebuild);
    }
}
