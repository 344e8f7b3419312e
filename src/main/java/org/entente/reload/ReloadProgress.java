package org.entente.reload;

/** Told how a reload advances; the CLI draws a bar on terminals, everyone else ignores it. */
public interface ReloadProgress {
    ReloadProgress NONE = new ReloadProgress() {
    };

    /** The corpus is being listed. */
    default void listing() {
    }

    /** The listing found {@code ignored} files that are not articles (not .txt). */
    default void ignored(int ignored) {
    }

    default void start(int files) {
    }

    /** {@code files} more files were read and extracted; may be called from several threads at once. */
    default void advance(int files) {
    }

    default void finish() {
    }
}
