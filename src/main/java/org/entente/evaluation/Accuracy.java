package org.entente.evaluation;

import java.util.Locale;

/** How many of the matched agreements that have a gold value for a field got it right. */
public final class Accuracy {
    private int right;
    private int total;

    void add(boolean ok) {
        total++;
        if (ok) {
            right++;
        }
    }

    public int right() {
        return right;
    }

    public int total() {
        return total;
    }

    /** The share right, or 0 when no agreement had a gold value. */
    public double value() {
        return total == 0 ? 0 : (double) right / total;
    }

    @Override
    public String toString() {
        return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", value(), right, total);
    }
}
