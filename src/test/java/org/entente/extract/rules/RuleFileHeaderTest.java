package org.entente.extract.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule file says, before its column names, what a line means and gives one example, as PETRARCH's dictionaries do. */
class RuleFileHeaderTest {
    @Test
    void everyRuleFileOpensWithWhatALineMeansAndAnExample() {
        for (String name : RuleFiles.NAMES) {
            List<String> lines = new String(TsvRows.read("entente/rules/" + name), StandardCharsets.UTF_8).lines().toList();
            List<String> comments = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
            assertTrue(comments.size() >= 2 && comments.stream().anyMatch(l -> l.startsWith("# Example: ")),
                    name + " opens with " + comments);
            assertTrue(!lines.get(comments.size()).isBlank() && !lines.get(comments.size()).startsWith("#"),
                    name + ": the column names follow the comments");
        }
    }
}
