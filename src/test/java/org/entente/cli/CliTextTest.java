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
