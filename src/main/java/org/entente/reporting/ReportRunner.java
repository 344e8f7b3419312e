package org.entente.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Runs a report in a read-only transaction with its parameters as bind values. */
public final class ReportRunner {
    private ReportRunner() {
    }

    /**
     * The report's rows, with {@code given} overriding the parameter defaults; a value that is not of its
     * parameter's type and domain throws {@link ReportParameterException} before the query runs.
     */
    public static Result<Record> run(Connection c, Report report, Map<String, String> given) throws SQLException {
        Map<String, String> values = report.values(given);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        c.setReadOnly(true);
        try {
            BoundQuery query = BoundQuery.of(report.sql(), ParameterCheck.check(c, report, values));
            return fetch(c, query);
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setAutoCommit(autoCommit);
        }
    }

    private static Result<Record> fetch(Connection c, BoundQuery query) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query.sql())) {
            for (int i = 0; i < query.values().size(); i++) {
                ps.setString(i + 1, query.values().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return DSL.using(c, SQLDialect.POSTGRES).fetch(rs);
            }
        }
    }
}
