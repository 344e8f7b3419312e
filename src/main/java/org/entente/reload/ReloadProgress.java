package org.entente.reload;

/** Told how a reload advances; the CLI draws a bar on terminals, everyone else ignores it. */
public interface ReloadProgress {
    ReloadProgress NONE = new ReloadProgress() {
    };

    default void start(int files) {
    }

    default void advance(int files) {
    }

    default void finish() {
    }
}
