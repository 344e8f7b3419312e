package org.entente.extract;

/** A sentence as the range [start, end) of the normalized text, numbered in reading order. */
record Sentence(int index, int start, int end) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
