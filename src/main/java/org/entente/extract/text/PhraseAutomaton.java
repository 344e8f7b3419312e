package org.entente.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over the characters of a phrase list, immutable once built so that
 * one instance serves every thread.
 *
 * <p>Only whole words are wanted, so it follows only the suffixes of the text that begin where a
 * word may begin (after a character that is no letter or digit): its failure links skip the
 * suffixes starting inside a word, and a second root stands for "inside a word, nothing begun".
 * Inside an unknown word the scan thus stays at that root instead of wandering deep states.
 *
 * <p>States are numbered breadth first. The shallow states, where a scan spends most of its time,
 * get a full transition row (one array read a character); the deep ones, nearly all on a single
 * phrase, keep their few children and a failure link, which keeps the tables small enough to
 * stay in cache.
 */
final class PhraseAutomaton {
    /** Nothing begun, and a phrase may begin with the next character. */
    private static final int ROOT = 0;
    /** Nothing begun, inside a word: no phrase begins before a character that is no letter or digit. */
    private static final int INSIDE_WORD = 1;
    /** Columns of the characters in no phrase: letters and digits, and the others. */
    private static final int OTHER_WORD_CHARACTER = 0;
    private static final int OTHER_CHARACTER = 1;
    /**
     * Entries of the full transition table: 1 MB, whatever the phrase list. One automaton serves
     * every list of the extractor, so this is what five tables of 256 KB took before.
     */
    private static final int DENSE_ENTRIES = 1 << 18;

    /** Column of each character; {@link #OTHER_WORD_CHARACTER} or {@link #OTHER_CHARACTER} for those in no phrase. */
    private final char[] columnOf = new char[Character.MAX_VALUE + 1];
    private final int columns;
    /** Whether the characters of a column are letters or digits. */
    private final boolean[] wordColumn;
    /** States below this number have a full row in {@link #dense}. */
    private final int denseStates;
    private final int[] dense;
    /** Children of state s: {@code childColumn/childState[firstChild[s] .. firstChild[s + 1])}. */
    private final int[] firstChild;
    private final int[] childColumn;
    private final int[] childState;
    private final int[] fail;
    /** Phrases ending at state s, its own and its suffixes': {@code outputs[firstOutput[s] .. firstOutput[s + 1])}. */
    private final int[] firstOutput;
    private final int[] outputs;
    /**
     * Bit s is set when state s has outputs: a small table (a bit a state) asked at every character,
     * where {@link #firstOutput} would be two reads of a large one.
     */
    private final long[] hasOutput;
    private final int[] lengths;

    /** An automaton finding every phrase of the list; a phrase's id is its index there. */
    PhraseAutomaton(List<String> phrases) {
        columns = assignColumns(phrases);
        wordColumn = new boolean[columns];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            wordColumn[columnOf[c]] = Token.isLetterOrDigit((char) c);
        }
        lengths = new int[phrases.size()];
        Trie trie = new Trie();
        for (int id = 0; id < phrases.size(); id++) {
            lengths[id] = phrases.get(id).length();
            trie.add(phrases.get(id), id);
        }
        int[] order = trie.breadthFirstOrder();
        int states = trie.states;
        denseStates = Math.max(2, Math.min(states, DENSE_ENTRIES / columns));
        dense = new int[denseStates * columns];
        fail = new int[states];
        firstChild = new int[states + 1];
        childColumn = new int[states - 2];
        childState = new int[states - 2];
        firstOutput = new int[states + 1];
        outputs = link(trie, order);
        hasOutput = new long[(states + 63) >>> 6];
        for (int state = 0; state < states; state++) {
            if (firstOutput[state] < firstOutput[state + 1]) {
                hasOutput[state >>> 6] |= 1L << state;
            }
        }
    }

    private int assignColumns(List<String> phrases) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            columnOf[c] = (char) (Token.isLetterOrDigit((char) c) ? OTHER_WORD_CHARACTER : OTHER_CHARACTER);
        }
        int count = OTHER_CHARACTER + 1;
        for (String phrase : phrases) {
            for (int i = 0; i < phrase.length(); i++) {
                if (columnOf[phrase.charAt(i)] <= OTHER_CHARACTER) {
                    columnOf[phrase.charAt(i)] = (char) count++;
                }
            }
        }
        return count;
    }

    /**
     * Fills children, failure links, dense rows and outputs, state by state in breadth-first order.
     * A state's failure link is its longest proper suffix that is a state and begins where a word
     * may begin; failing that, the root its last character leads to.
     */
    private int[] link(Trie trie, int[] order) {
        int[] number = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            number[order[k]] = k;
        }
        List<int[]> found = new ArrayList<>();
        int edges = 0;
        int total = 0;
        for (int state = 0; state < order.length; state++) {
            int node = order[state];
            firstChild[state] = edges;
            for (int e = trie.head[node]; e >= 0; e = trie.next[e]) {
                int next = number[trie.target[e]];
                int column = trie.column[e];
                childColumn[edges] = column;
                childState[edges++] = next;
                fail[next] = state == ROOT ? rootAfter(column) : step(fail[state], column);
            }
            if (state < denseStates) {
                int row = state * columns;
                for (int column = 0; column < columns; column++) {
                    dense[row + column] = state <= INSIDE_WORD ? rootAfter(column) : step(fail[state], column);
                }
                for (int k = firstChild[state]; k < edges; k++) {
                    dense[row + childColumn[k]] = childState[k];
                }
            }
            int[] own = state <= INSIDE_WORD ? new int[0] : found.get(fail[state]);
            int phrase = trie.terminal[node];
            found.add(phrase < 0 ? own : prepend(phrase, own));
            total += found.get(state).length;
        }
        firstChild[trie.states] = edges;
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

    private static int[] prepend(int first, int[] rest) {
        int[] all = new int[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    int start() {
        return ROOT;
    }

    /** The root after a character no phrase continues with. */
    private int rootAfter(int column) {
        return wordColumn[column] ? INSIDE_WORD : ROOT;
    }

    /** The state after reading {@code c} in {@code state}. */
    int next(int state, char c) {
        return step(state, columnOf[c]);
    }

    private int step(int state, int column) {
        if (column <= OTHER_CHARACTER) {
            return column == OTHER_WORD_CHARACTER ? INSIDE_WORD : ROOT;
        }
        // failure links lead to shallower states, so this ends in the dense rows
        while (state >= denseStates) {
            for (int k = firstChild[state]; k < firstChild[state + 1]; k++) {
                if (childColumn[k] == column) {
                    return childState[k];
                }
            }
            state = fail[state];
        }
        return dense[state * columns + column];
    }

    boolean hasOutput(int state) {
        return (hasOutput[state >>> 6] & (1L << state)) != 0;
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

    /**
     * The phrases' trie during construction, in arrays: a state's children are a chain of edges.
     * With a map a state, the maps were most of the time it took to build the extractor.
     */
    private final class Trie {
        int states;
        int[] head = new int[1024];
        int[] terminal = new int[1024];
        int edges;
        int[] column = new int[1024];
        int[] target = new int[1024];
        int[] next = new int[1024];

        Trie() {
            newState();
            newState(); // INSIDE_WORD, a root that no edge leads to
        }

        void add(String phrase, int id) {
            int state = ROOT;
            for (int i = 0; i < phrase.length(); i++) {
                int c = columnOf[phrase.charAt(i)];
                int child = child(state, c);
                if (child < 0) {
                    child = newState();
                    addEdge(state, c, child);
                }
                state = child;
            }
            terminal[state] = id;
        }

        private int child(int state, int c) {
            for (int e = head[state]; e >= 0; e = next[e]) {
                if (column[e] == c) {
                    return target[e];
                }
            }
            return -1;
        }

        private int newState() {
            if (states == head.length) {
                head = Arrays.copyOf(head, states * 2);
                terminal = Arrays.copyOf(terminal, states * 2);
            }
            head[states] = -1;
            terminal[states] = -1;
            return states++;
        }

        private void addEdge(int state, int c, int child) {
            if (edges == column.length) {
                column = Arrays.copyOf(column, edges * 2);
                target = Arrays.copyOf(target, edges * 2);
                next = Arrays.copyOf(next, edges * 2);
            }
            column[edges] = c;
            target[edges] = child;
            next[edges] = head[state];
            head[state] = edges++;
        }

        /** The states in breadth-first order ({@code order[k]} is the k-th state), so that a state's suffixes come before it. */
        int[] breadthFirstOrder() {
            int[] order = new int[states];
            order[INSIDE_WORD] = INSIDE_WORD;
            int size = 2;
            for (int at = 0; at < size; at++) {
                for (int e = head[order[at]]; e >= 0; e = next[e]) {
                    order[size++] = target[e];
                }
            }
            return order;
        }
    }
}
