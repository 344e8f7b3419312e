package org.entente.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM and Ctrl-C into an orderly stop: the running command is told to stop (a reload rolls
 * back and is recorded as stopped), it closes what it opened (the embedded PostgreSQL last), and the
 * process exits with the command's own code rather than the signal's.
 */
final class GracefulStop {
    /** How long a stop may take before the JVM goes down anyway. */
    private static final long GRACE_SECONDS = 150;
    private static final List<Runnable> ON_STOP = new CopyOnWriteArrayList<>();
    private static final List<AutoCloseable> ON_EXIT = new CopyOnWriteArrayList<>();
    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile int exitCode = ExitCodes.STOPPED;
    private static volatile boolean requested;

    private GracefulStop() {
    }

    /** Installs the shutdown hook; called once, by {@code main}. */
    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(GracefulStop::stop, "entente-stop"));
    }

    /** Runs {@code action} (repeatedly, until the command ends) when a stop is requested; it must be idempotent. */
    static void onStop(Runnable action) {
        ON_STOP.add(action);
        if (requested) {
            action.run();
        }
    }

    /**
     * Closes {@code resource} (an embedded server this process runs) when the process is stopped: at once
     * for a command that registered no stop action, else after the command has had its grace time.
     */
    static void closeOnExit(AutoCloseable resource) {
        ON_EXIT.add(resource);
    }

    static boolean requested() {
        return requested;
    }

    /** The command ended with {@code code}; a stop in progress exits with it. */
    static void finished(int code) {
        exitCode = code;
        FINISHED.countDown();
    }

    private static void stop() {
        if (FINISHED.getCount() == 0) {
            return; // an ordinary exit
        }
        requested = true;
        if (ON_STOP.isEmpty()) {
            // Nothing to wind down (a report, docs, a benchmark): stop the embedded server and let the JVM go.
            ON_EXIT.forEach(DatabaseOptions::closeQuietly);
            return;
        }
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
            do {
                ON_STOP.forEach(Runnable::run);
            } while (!FINISHED.await(1, TimeUnit.SECONDS) && System.nanoTime() < deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (FINISHED.getCount() != 0) {
            ON_EXIT.forEach(DatabaseOptions::closeQuietly);
        } else {
            System.out.flush();
            System.err.flush();
            // The signal's own status (143, 130) would hide how the command ended.
            Runtime.getRuntime().halt(exitCode);
        }
    }
}
