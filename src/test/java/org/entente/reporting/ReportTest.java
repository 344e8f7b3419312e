package org.entente.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.reporting.Report.Parameter;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final String TEXT = """
            -- Agreements of a state,
            -- newest first.
            -- param: country country = KR -- ISO code of the state
            -- param: status status|all = all
            select 1
            -- param: ignored = x
            """;

    @Test
    void headerGivesDescriptionAndParametersWithDefaults() {
        Report r = Report.parse("demo", TEXT);
        assertEquals("Agreements of a state, newest first.", r.description());
        assertEquals(List.of(new Parameter("country", ParameterType.COUNTRY, false, "KR", "ISO code of the state"),
                new Parameter("status", ParameterType.STATUS, true, "all", "")), r.parameters());
    }

    @Test
    void aParameterWithoutAKnownTypeIsRefusedWhenTheReportIsRead() {
        IllegalArgumentException untyped = assertThrows(IllegalArgumentException.class,
                () -> Report.parse("demo", "-- param: country = KR\nselect 1"));
        assertEquals("report demo: a parameter line is -- param: NAME TYPE = DEFAULT -- meaning, not: "
                + "-- param: country = KR", untyped.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Report.parse("demo", "-- param: country nation = KR\nselect 1"));
        assertEquals("unknown parameter type nation; known: country, int, year, date, sector, kind, status, text",
                unknown.getMessage());
    }

    @Test
    void givenValuesOverrideDefaultsAndUnknownNamesFail() {
        Report r = Report.parse("demo", TEXT);
        assertEquals(Map.of("country", "PE", "status", "all"), r.values(Map.of("country", "PE")));
        assertThrows(IllegalArgumentException.class, () -> r.values(Map.of("pays", "PE")));
    }

    @Test
    void everyShippedReportUsesExactlyTheParametersItDeclares() {
        for (Report r : ReportCatalog.all()) {
            // Each parameter's value is its own name, so the bound values name the placeholders used.
            Map<String, String> names = r.parameters().stream()
                    .collect(Collectors.toMap(Parameter::name, Parameter::name));
            assertEquals(new TreeSet<>(names.keySet()), new TreeSet<>(BoundQuery.of(r.sql(), names).values()),
                    r.name());
        }
    }
}
