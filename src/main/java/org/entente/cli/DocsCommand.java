package org.entente.cli;

import java.sql.Connection;
import java.util.concurrent.Callable;
import org.entente.db.Warehouse;
import org.entente.reporting.DataDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the data dictionary of the reporting schema as Markdown. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Print the data dictionary of the reporting schema (views, columns, types, descriptions) as Markdown.")
final class DocsCommand implements Callable<Integer> {
    static final String SCHEMA = "reporting";

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        try (Warehouse warehouse = db.open(); Connection c = warehouse.dataSource().getConnection()) {
            System.out.print(DataDictionary.markdown(SCHEMA, DataDictionary.read(warehouse.dsl(c), SCHEMA)));
            return ExitCodes.OK;
        }
    }
}
