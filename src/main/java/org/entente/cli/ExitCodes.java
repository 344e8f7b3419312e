package org.entente.cli;

/** Exit codes of every subcommand, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;
    public static final int CORPUS = 4;
    public static final int DATABASE = 5;
    public static final int BUSY = 6;
    public static final int REFUSED = 7;
    /** SIGTERM or Ctrl-C stopped a reload before it finished: it rolled back and is recorded as stopped. */
    public static final int STOPPED = 8;

    private ExitCodes() {
    }
}
