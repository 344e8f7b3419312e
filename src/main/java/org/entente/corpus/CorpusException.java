package org.entente.corpus;

/** A corpus file, or the corpus itself, that cannot be read; names the path and the reason. */
public class CorpusException extends Exception {
    private final String path;
    private final String reason;

    public CorpusException(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
