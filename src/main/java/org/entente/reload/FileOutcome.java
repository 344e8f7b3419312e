package org.entente.reload;

/** What a reload did with one corpus file. */
public record FileOutcome(String sourceFile, Kind kind, String sha256, String reason) {

    /** The outcomes recorded in {@code core.load_file}. */
    public enum Kind {
        NEW, CHANGED, UNCHANGED, REMOVED, FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A file whose stat and rules are those stored: not read. */
    public static FileOutcome unchanged(String sourceFile) {
        return new FileOutcome(sourceFile, Kind.UNCHANGED, null, null);
    }

    public static FileOutcome failed(String sourceFile, String reason) {
        return new FileOutcome(sourceFile, Kind.FAILED, null, reason);
    }
}
