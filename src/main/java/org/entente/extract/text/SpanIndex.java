package org.entente.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The hits of an article by position, so that asking for those near a range costs the hits there,
 * not every hit of the article: what keeps extraction linear in the article's length.
 */
public final class SpanIndex<T> {
    private final List<T> items;
    /** Positions in {@code items}, by start. */
    private final int[] byStart;
    private final int[] starts;
    private final int longest;

    /** Indexes {@code items} by the span [start, end) each covers. */
    public SpanIndex(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.items = items;
        Integer[] order = new Integer[items.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> start.applyAsInt(items.get(i))));
        byStart = new int[order.length];
        starts = new int[order.length];
        int max = 0;
        for (int k = 0; k < order.length; k++) {
            T item = items.get(order[k]);
            byStart[k] = order[k];
            starts[k] = start.applyAsInt(item);
            max = Math.max(max, end.applyAsInt(item) - starts[k]);
        }
        longest = max;
    }

    /**
     * The items whose span meets [from, to] (touching counts), in the order of the list given: every
     * item that overlaps the range or lies in it is among them; callers apply their exact test.
     */
    public List<T> near(int from, int to) {
        int k = firstStartAtOrAfter(from - longest);
        int[] found = new int[8];
        int n = 0;
        for (; k < starts.length && starts[k] <= to; k++) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = byStart[k];
        }
        Arrays.sort(found, 0, n);
        List<T> near = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            near.add(items.get(found[i]));
        }
        return near;
    }

    private int firstStartAtOrAfter(int position) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
