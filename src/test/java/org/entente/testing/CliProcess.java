package org.entente.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code entente.jar} as its own process, as users and schedulers do. */
public final class CliProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code java -jar entente.jar ARGS} with the test database's password in the environment;
     * the quick-start JVM flags only save CPU on a small test machine.
     */
    public static CliProcess start(TestDatabase db, String... args) throws IOException {
        return start(db, Map.of(), args);
    }

    /** Starts {@code java -jar entente.jar ARGS} with {@code env} added to the environment. */
    public static CliProcess startWith(Map<String, String> env, String... args) throws IOException {
        return start(null, env, args);
    }

    private static CliProcess start(TestDatabase db, Map<String, String> extraEnv, String... args) throws IOException {
        String jar = System.getenv().getOrDefault("ENTENTE_JAR", "target/entente.jar");
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("entente-cli", ".out");
        Path err = Files.createTempFile("entente-cli", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.remove("ENTENTE_JDBC_URL");
        env.putAll(extraEnv);
        if (db != null && db.password() != null) {
            env.put("ENTENTE_PASSWORD", db.password());
        }
        return new CliProcess(pb.start(), out, err);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits for the process to end and returns its exit code; fails after {@code seconds}. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("entente did not finish within " + seconds + " s; stderr: " + stderr());
        }
        return process.exitValue();
    }

    public Process process() {
        return process;
    }

    public String stdout() {
        return read(out);
    }

    public String stderr() {
        return read(err);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
