package org.entente.reload;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.entente.corpus.CorpusException;
import org.entente.corpus.CorpusScanner;

/**
 * The corpus listed in the background while the reload connects, checks the schema and reads the
 * last run: the listing needs no database, and a reload of 200,000 files spent a second or more
 * waiting for those before it began to list.
 */
public final class ListingAhead {
    private final long startedAtNanos;
    private final CompletableFuture<CorpusScanner.Listing> listing;
    private volatile long tookNanos;

    private ListingAhead(ReloadRequest request) {
        // Before the first stat: a file modified after this is racily clean, as when the scan ran in line.
        startedAtNanos = System.currentTimeMillis() * 1_000_000L;
        listing = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            try {
                return new CorpusScanner(request.followLinksOutside()).scan(request.corpus());
            } catch (CorpusException e) {
                throw new CompletionException(e);
            } finally {
                tookNanos = System.nanoTime() - started;
            }
        }, ListingAhead::onItsOwnThread);
    }

    /** Not the common pool: on two cores it has one thread, which the extractor's build may need meanwhile. */
    private static void onItsOwnThread(Runnable listing) {
        Thread t = new Thread(listing, "corpus-listing");
        t.setDaemon(true);
        t.start();
    }

    /** Starts listing the request's corpus now. */
    public static ListingAhead start(ReloadRequest request) {
        return new ListingAhead(request);
    }

    /** When the listing began, in nanoseconds since 1970. */
    long startedAtNanos() {
        return startedAtNanos;
    }

    /** The listing, once done; how long it took is then {@link #tookNanos()}. */
    CorpusScanner.Listing join() throws CorpusException {
        try {
            return listing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CorpusException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Nanoseconds the listing took, whether or not the reload waited for it. */
    long tookNanos() {
        return tookNanos;
    }
}
