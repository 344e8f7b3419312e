package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RulesVersionTest {

    @Test
    void versionNamesTheCodeAndAFingerprintOfTheRuleFiles() {
        String version = Extracted.EXTRACTOR.rulesVersion();
        assertTrue(version.matches("1\\.0\\+[0-9a-f]{12}"), version);
    }
}
