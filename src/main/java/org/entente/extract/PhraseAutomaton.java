package org.entente.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton compiled to a transition table, so that scanning a text costs one
 * array read per character; immutable once built, so one instance serves every thread.
 */
final class PhraseAutomaton {
    private static final int ROOT = 0;

    /** Column of each character in {@link #next}; 0 for characters that occur in no phrase. */
    private final char[] columnOf = new char[Character.MAX_VALUE + 1];
    private final int columns;
    /** {@code next[state * columns + column]}: the state after reading a character. */
    private final int[] next;
    /** Phrases ending at state s: {@code outputs[firstOutput[s] .. firstOutput[s + 1])}. */
    private final int[] firstOutput;
    private final int[] outputs;
    private final int[] lengths;

    /** An automaton finding every phrase of the list; a phrase's id is its index there. */
    PhraseAutomaton(List<String> phrases) {
        int columnCount = 1;
        for (String phrase : phrases) {
            for (int i = 0; i < phrase.length(); i++) {
                if (columnOf[phrase.charAt(i)] == 0) {
                    columnOf[phrase.charAt(i)] = (char) columnCount++;
                }
            }
        }
        columns = columnCount;
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<Integer> terminal = new ArrayList<>();
        children.add(new HashMap<>());
        terminal.add(-1);
        lengths = new int[phrases.size()];
        for (int id = 0; id < phrases.size(); id++) {
            String phrase = phrases.get(id);
            lengths[id] = phrase.length();
            int state = ROOT;
            for (int i = 0; i < phrase.length(); i++) {
                int column = columnOf[phrase.charAt(i)];
                Integer child = children.get(state).get(column);
                if (child == null) {
                    child = children.size();
                    children.add(new HashMap<>());
                    terminal.add(-1);
                    children.get(state).put(column, child);
                }
                state = child;
            }
            terminal.set(state, id);
        }
        next = new int[children.size() * columns];
        int[] fail = new int[children.size()];
        List<Integer> order = linkFailures(children, fail);
        List<List<Integer>> found = new ArrayList<>();
        for (int s = 0; s < children.size(); s++) {
            found.add(null);
        }
        firstOutput = new int[children.size() + 1];
        outputs = collectOutputs(order, fail, terminal, found);
    }

    /** Fills the transition table breadth first; returns the states in that order. */
    private List<Integer> linkFailures(List<Map<Integer, Integer>> children, int[] fail) {
        List<Integer> order = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(ROOT);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            order.add(state);
            for (int column = 1; column < columns; column++) {
                Integer child = children.get(state).get(column);
                int fallback = state == ROOT ? ROOT : next[fail[state] * columns + column];
                if (child == null) {
                    next[state * columns + column] = fallback;
                } else {
                    fail[child] = fallback;
                    next[state * columns + column] = child;
                    queue.add(child);
                }
            }
        }
        return order;
    }

    /** Each state outputs its own phrase, then those of its failure state (its longest suffix). */
    private int[] collectOutputs(List<Integer> order, int[] fail, List<Integer> terminal, List<List<Integer>> found) {
        int total = 0;
        for (int state : order) {
            List<Integer> own = new ArrayList<>();
            if (terminal.get(state) >= 0) {
                own.add(terminal.get(state));
            }
            if (state != ROOT) {
                own.addAll(found.get(fail[state]));
            }
            found.set(state, own);
            total += own.size();
        }
        int[] flat = new int[total];
        int k = 0;
        for (int state = 0; state < found.size(); state++) {
            firstOutput[state] = k;
            for (int id : found.get(state)) {
                flat[k++] = id;
            }
        }
        firstOutput[found.size()] = k;
        return flat;
    }

    int start() {
        return ROOT;
    }

    int next(int state, char c) {
        return next[state * columns + columnOf[c]];
    }

    int firstOutput(int state) {
        return firstOutput[state];
    }

    int endOutput(int state) {
        return firstOutput[state + 1];
    }

    int output(int index) {
        return outputs[index];
    }

    int length(int phrase) {
        return lengths[phrase];
    }

    int states() {
        return firstOutput.length - 1;
    }
}
