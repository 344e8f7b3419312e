package org.entente.extract.text;

import java.time.Duration;
import org.entente.extract.model.ExtractionTimeoutException;

/**
 * When an article's extraction must give up. Java cannot stop a thread, so the extractor checks it
 * in its loops (a sentence, a trigger, a name at a time) and throws when it has passed.
 */
public final class Deadline {
    static final Deadline NONE = new Deadline(null, 0);

    private final Duration limit;
    private final long endNanos;

    private Deadline(Duration limit, long endNanos) {
        this.limit = limit;
        this.endNanos = endNanos;
    }

    /** {@code limit} from now; null for no limit. */
    public static Deadline after(Duration limit) {
        return limit == null ? NONE : new Deadline(limit, System.nanoTime() + limit.toNanos());
    }

    public void check() {
        if (limit != null && System.nanoTime() - endNanos > 0) {
            throw new ExtractionTimeoutException(limit);
        }
    }
}
