package org.entente.extract.model;

/** The sentence a fact was read from, with its place in the article text. */
public record Evidence(Span span, String sentence) {
}
