package org.entente.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What a report parameter accepts, declared in the report's header ({@code -- param: country country = KR});
 * checked before the query runs, against the reporting schema where the domain is data.
 */
public enum ParameterType {
    COUNTRY("an ISO 3166-1 alpha-2 code listed in reporting.countries, e.g. KR",
            v -> v.matches("[A-Za-z]{2}") ? v.toUpperCase(Locale.ROOT) : null,
            "select exists (select 1 from reporting.countries where country_iso2 = ?)"),
    INT("a whole number from 1 to 2147483647, e.g. 20", ParameterType::positiveInt, null),
    YEAR("a year of four digits, e.g. 2024", v -> v.matches("[12][0-9]{3}") ? v : null, null),
    DATE("a date YYYY-MM-DD, e.g. 2024-03-01", ParameterType::isoDate, null),
    SECTOR("a sector code listed in reporting.vocabularies, e.g. defense", ParameterType::code,
            "select exists (select 1 from reporting.vocabularies where vocabulary = 'sector' and code = ?)"),
    KIND("an agreement kind listed in reporting.vocabularies, e.g. mou", ParameterType::code,
            "select exists (select 1 from reporting.vocabularies where vocabulary = 'kind' and code = ?)"),
    STATUS("an agreement status listed in reporting.vocabularies, e.g. signed", ParameterType::code,
            "select exists (select 1 from reporting.vocabularies where vocabulary = 'status' and code = ?)"),
    TEXT("text of at most 200 characters without control characters",
            v -> v.length() <= 200 && v.codePoints().noneMatch(Character::isISOControl) ? v : null, null);

    private final String form;
    private final UnaryOperator<String> normalizer;
    private final String domainQuery;

    ParameterType(String form, UnaryOperator<String> normalizer, String domainQuery) {
        this.form = form;
        this.normalizer = normalizer;
        this.domainQuery = domainQuery;
    }

    /** The type named {@code name} in a report header (country, int, year, date, sector, kind, status, text). */
    public static ParameterType named(String name) {
        for (ParameterType t : values()) {
            if (t.headerName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown parameter type " + name + "; known: country, int, year, date, "
                + "sector, kind, status, text");
    }

    public String headerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the type accepts, for messages. */
    public String form() {
        return form;
    }

    /** The value as the query gets it (a country upper-cased), or null when its form is wrong. */
    String normalize(String value) {
        return value == null ? null : normalizer.apply(value.strip());
    }

    /** A query with one ? that answers whether a well-formed value exists, or null when the form is enough. */
    String domainQuery() {
        return domainQuery;
    }

    private static String positiveInt(String v) {
        if (!v.matches("[0-9]{1,10}")) {
            return null;
        }
        long n = Long.parseLong(v);
        return n >= 1 && n <= Integer.MAX_VALUE ? Long.toString(n) : null;
    }

    private static String isoDate(String v) {
        try {
            return v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(v).toString() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String code(String v) {
        return v.matches("[a-z_]{1,40}") ? v : null;
    }
}
