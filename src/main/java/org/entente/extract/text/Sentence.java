package org.entente.extract.text;

/** A sentence as the range [start, end) of the normalized text, numbered in reading order. */
public record Sentence(int index, int start, int end) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
