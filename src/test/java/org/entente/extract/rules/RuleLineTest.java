package org.entente.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLineTest {

    @Test
    void linesKeepTheirNumberInTheFilePastCommentsHeaderAndBlanks() {
        byte[] file = "# what a line means\n# Example: \"entre\\tbetween\".\ncue\trole\nentre\tbetween\n\navec\twith\n"
                .getBytes(StandardCharsets.UTF_8);
        List<RuleLine> lines = TsvRows.parseLines("party_cues.tsv", file);
        assertEquals(List.of(4, 6), lines.stream().map(RuleLine::number).toList());
        assertEquals(PartyCue.WITH, lines.get(1).role(1, PartyCue.class));
    }

    @Test
    void unknownRoleFailsWithTheFileAndLine() {
        RuleLine misspelt = new RuleLine("party_cues.tsv", 12, new String[] {"entre", "betwen"});
        RuleFileException e = assertThrows(RuleFileException.class, () -> misspelt.role(1, PartyCue.class));
        assertEquals("party_cues.tsv line 12: unknown PartyCue 'betwen'", e.getMessage());
        assertEquals(12, e.line());
    }

    @Test
    void missingRoleColumnFailsWithTheFileAndLine() {
        RuleLine shortLine = new RuleLine("function_words.tsv", 3, new String[] {"et"});
        assertEquals("function_words.tsv line 3: unknown WordRole ''",
                assertThrows(RuleFileException.class, () -> shortLine.role(1, WordRole.class)).getMessage());
    }

    @Test
    void everyRoleColumnOfTheShippedRulesIsKnown() {
        RuleFiles rules = new RuleFiles();
        for (WordRole role : WordRole.values()) {
            assertFalse(rules.words(role).isEmpty(), role + " has no word in function_words.tsv");
        }
        rules.lines("party_cues.tsv").forEach(line -> line.role(1, PartyCue.class));
    }
}
