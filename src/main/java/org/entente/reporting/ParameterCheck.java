package org.entente.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks a report's parameter values against their declared types and domains before the query runs. */
public final class ParameterCheck {
    private ParameterCheck() {
    }

    /**
     * The values to bind, normalized (a country upper-cased); throws {@link ReportParameterException}
     * naming the first parameter whose value is malformed or absent from its domain.
     */
    public static Map<String, String> check(Connection c, Report report, Map<String, String> values)
            throws SQLException {
        Map<String, String> checked = new LinkedHashMap<>(values);
        for (Report.Parameter p : report.parameters()) {
            String value = values.get(p.name());
            if (p.allowsAll() && "all".equals(value)) {
                continue;
            }
            String normal = p.type().normalize(value);
            if (normal == null || !inDomain(c, p.type(), normal)) {
                throw new ReportParameterException("report " + report.name() + ": parameter " + p.name() + " = '"
                        + printable(value) + "' is not accepted; it takes " + p.form());
            }
            checked.put(p.name(), normal);
        }
        return checked;
    }

    private static boolean inDomain(Connection c, ParameterType type, String value) throws SQLException {
        if (type.domainQuery() == null) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement(type.domainQuery())) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The value as typed, with control characters escaped so that it cannot drive a terminal. */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
