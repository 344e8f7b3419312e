import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;

/**
 * Build step: migrates a throwaway embedded PostgreSQL with the project's Flyway migrations and
 * generates the jOOQ classes from it; does nothing when the migrations have not changed.
 * Usage: JooqSchemaGenerator MIGRATIONS_DIR OUTPUT_DIR WORK_DIR
 */
public class JooqSchemaGenerator {
    private static final String PACKAGE = "org.entente.db.schema";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Path stamp = output.resolve(".migrations.sha256");
        String digest = digestOf(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(digest)) {
            System.out.println("jOOQ classes are up to date with " + migrations);
            return;
        }
        Files.createDirectories(work);
        Path dataDir = Files.createTempDirectory(work, "pgdata");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dataDir).start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("filesystem:" + migrations.toAbsolutePath())
                    .load().migrate();
            GenerationTool.generate(configuration(pg.getJdbcUrl("postgres", "postgres"), output));
        }
        Files.writeString(stamp, digest);
        System.out.println("jOOQ classes generated into " + output);
    }

    private static Configuration configuration(String url, Path output) {
        Database database = new Database()
                .withName("org.jooq.meta.postgres.PostgresDatabase")
                .withSchemata(new SchemaMappingType().withInputSchema("core"),
                        new SchemaMappingType().withInputSchema("reporting"))
                .withExcludes("flyway_schema_history");
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(database)
                        .withGenerate(new Generate().withJavaTimeTypes(true).withRecords(true)
                                .withPojos(false).withDaos(false))
                        .withTarget(new Target().withPackageName(PACKAGE)
                                .withDirectory(output.toAbsolutePath().toString())));
    }

    /** Hash of every migration's name and bytes, so that any edit regenerates. */
    private static String digestOf(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : sorted) {
                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
