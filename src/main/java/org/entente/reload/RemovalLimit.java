package org.entente.reload;

import java.util.Locale;
import java.util.Optional;

/**
 * How many articles a reload may remove, as rsync's {@code --max-delete} bounds deletions: a count
 * ({@code 500}) or a share of the warehouse's articles ({@code 10%}). A corpus with no article file
 * over a warehouse that is not empty is refused unless the limit allows removing everything.
 */
public record RemovalLimit(long count, double percent) {
    /** The default: a tenth of the warehouse. */
    public static final RemovalLimit DEFAULT = new RemovalLimit(-1, 10);

    public RemovalLimit {
        if ((count < 0) == (percent < 0) || percent > 100) {
            throw new IllegalArgumentException("a removal limit is a count or a percentage from 0% to 100%");
        }
    }

    /** Parses {@code 500}, {@code 10%} or {@code 2.5%}. */
    public static RemovalLimit parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.endsWith("%")) {
                double p = Double.parseDouble(t.substring(0, t.length() - 1));
                if (p >= 0 && p <= 100) {
                    return new RemovalLimit(-1, p);
                }
            } else if (!t.isEmpty()) {
                long n = Long.parseLong(t);
                if (n >= 0) {
                    return new RemovalLimit(n, -1);
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--max-removals takes a count (500) or a percentage (10%), not '"
                + text + "'");
    }

    /** True when removing {@code removing} of {@code stored} articles is allowed. */
    boolean allows(long removing, long stored) {
        if (count >= 0) {
            return removing <= count;
        }
        return removing * 100.0 <= percent * stored;
    }

    /**
     * Why removing {@code removing} of {@code stored} articles is refused, or empty when it is allowed.
     *
     * @param corpusEmpty the corpus holds no article file at all
     */
    Optional<String> refusal(long removing, long stored, boolean corpusEmpty) {
        boolean allowed = corpusEmpty && stored > 0 ? allows(stored, stored) && allowsAll() : allows(removing, stored);
        if (allowed || removing == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "would remove %,d of %,d articles (%s --max-removals %s); "
                        + "%srerun with --max-removals 100%% if that is intended", removing, stored,
                corpusEmpty ? "the corpus holds no article file;" : "over", this,
                corpusEmpty ? "check that the corpus folder is mounted, or " : ""));
    }

    /** Only a percentage of 100% allows emptying the warehouse: a count might have been meant for smaller runs. */
    private boolean allowsAll() {
        return percent >= 100;
    }

    @Override
    public String toString() {
        if (count >= 0) {
            return Long.toString(count);
        }
        String p = percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
        return p + "%";
    }
}
