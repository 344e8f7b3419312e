package org.entente.extract.rules;

/** A rule file that cannot be read as the extractor needs, with the file and line at fault. */
public final class RuleFileException extends RuntimeException {
    private final String file;
    private final int line;

    public RuleFileException(String file, int line, String reason) {
        super(file + " line " + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
