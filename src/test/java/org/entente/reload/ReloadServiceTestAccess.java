package org.entente.reload;

import java.util.Map;
import org.entente.testing.TestDatabase;

/** Lets tests outside this package use the core-table checksums of {@link ReloadServiceTest}. */
public final class ReloadServiceTestAccess {
    private ReloadServiceTestAccess() {
    }

    public static Map<String, String> checksums(TestDatabase db) {
        return ReloadServiceTest.checksums(db);
    }
}
