package org.entente.corpus;

/** A file's bytes as read, not yet decoded, with their SHA-256 in lower-case hex. */
public record RawFile(String sourceFile, byte[] bytes, String sha256) {
}
