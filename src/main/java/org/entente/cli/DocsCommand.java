package org.entente.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.db.Warehouse;
import org.entente.docs.Catalog;
import org.entente.docs.DocsSite;
import org.entente.reporting.DataDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Documents the reporting schema: Markdown, a JSON catalog, or a static HTML site with charts. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Document the reporting schema (views, columns, types, descriptions, lineage): Markdown on "
                + "stdout, a JSON catalog, or with --format html --out DIR a static site with charts of the data.")
final class DocsCommand implements Callable<Integer> {
    static final String SCHEMA = "reporting";

    enum Format { markdown, json, html }

    @Mixin
    DatabaseOptions db;

    @Option(names = "--format", defaultValue = "markdown",
            description = "markdown, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory to write into (required for html; json writes DIR/catalog.json)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (format == Format.html && out == null) {
            System.err.println("entente: docs --format html needs --out DIR, the directory to write the site into");
            return ExitCodes.USAGE;
        }
        try (Warehouse warehouse = db.openReadOnly("docs"); Connection c = warehouse.dataSource().getConnection()) {
            var dsl = warehouse.dsl(c);
            switch (format) {
                case markdown -> System.out.print(DataDictionary.markdown(SCHEMA, DataDictionary.read(dsl, SCHEMA)));
                case json -> {
                    String json = JsonText.of(Catalog.read(dsl, SCHEMA).asMap()) + "\n";
                    if (out == null) {
                        System.out.print(json);
                    } else {
                        Files.createDirectories(out);
                        Files.writeString(out.resolve("catalog.json"), json, StandardCharsets.UTF_8);
                        System.out.println("wrote " + out.resolve("catalog.json"));
                    }
                }
                case html -> {
                    Catalog catalog = Catalog.read(dsl, SCHEMA);
                    List<String> files = DocsSite.write(dsl, catalog, out);
                    Files.writeString(out.resolve("catalog.json"), JsonText.of(catalog.asMap()) + "\n",
                            StandardCharsets.UTF_8);
                    System.out.println("wrote " + (files.size() + 1) + " files to " + out + "; open "
                            + out.resolve(DocsSite.INDEX).toAbsolutePath().toUri());
                }
                default -> throw new IllegalStateException();
            }
            return ExitCodes.OK;
        }
    }
}
