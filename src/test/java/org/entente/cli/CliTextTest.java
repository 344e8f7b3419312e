package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTextTest {
    @Test
    void shortDurationsAndIsoDurationsParse() {
        assertEquals(Duration.ofMinutes(15), Durations.parse("15m"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
        assertEquals(Duration.ofMillis(200), Durations.parse("200ms"));
        assertEquals(Duration.ofHours(2), Durations.parse("PT2H"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("soon"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("10"));
    }

    @Test
    void durationsPrintAsPeopleWriteThem() {
        assertEquals("0.4 s", Durations.human(Duration.ofMillis(420)));
        assertEquals("5.7 s", Durations.human(Duration.ofMillis(5734)));
        assertEquals("30 s", Durations.human(Duration.ofSeconds(30)));
        assertEquals("2 min 5 s", Durations.human(Duration.ofSeconds(125)));
        assertEquals("15 min", Durations.human(Duration.ofMinutes(15)));
        assertEquals("1 h 30 min", Durations.human(Duration.ofMinutes(90)));
        assertEquals("2 d 3 h", Durations.human(Duration.ofHours(51)));
    }

    @Test
    void jsonEscapesQuotesControlCharactersAndNestsCollections() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evidence", "« dit \"oui\" »\n");
        m.put("parties", List.of("KR", "PE"));
        m.put("date", null);
        m.put("n", 3);
        assertEquals("{\"evidence\":\"« dit \\\"oui\\\" »\\n\",\"parties\":[\"KR\",\"PE\"],\"date\":null,\"n\":3}",
                JsonText.of(m));
    }

    @Test
    void datesPrintAtTheirPrecision() {
        assertEquals("2024-11", Summary.dateOf(java.time.LocalDate.of(2024, 11, 1), "month"));
        assertEquals("2024-11-13", Summary.dateOf(java.time.LocalDate.of(2024, 11, 13), "day"));
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, EntenteCommand.run("frobnicate"));
    }
}
