package org.entente.evaluation;

import java.util.Locale;

/** True positives, false positives and false negatives of one field, with precision, recall and F1. */
public final class Tally {
    private int tp;
    private int fp;
    private int fn;

    void add(int truePositives, int falsePositives, int falseNegatives) {
        tp += truePositives;
        fp += falsePositives;
        fn += falseNegatives;
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    /** 1 when nothing was predicted and nothing was missed, 0 when nothing was predicted but something was. */
    public double precision() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1 : 0);
    }

    public double recall() {
        return tp + fn > 0 ? (double) tp / (tp + fn) : 1;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d/%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
