package org.entente.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void passwordParametersAreMaskedWhateverTheirPlaceOrCase() {
        assertEquals("jdbc:postgresql://db:5432/entente?password=***",
                Secrets.redact("jdbc:postgresql://db:5432/entente?password=hunter2"));
        assertEquals("jdbc:postgresql://db/e?user=u&password=***&ssl=true",
                Secrets.redact("jdbc:postgresql://db/e?user=u&password=s%26cret&ssl=true"));
        assertEquals("jdbc:postgresql://db/e?PASSWORD=***&sslpassword=***",
                Secrets.redact("jdbc:postgresql://db/e?PASSWORD=a&sslpassword=b"));
        // A password may hold ':' or ';': it runs to the next '&' or blank, whatever follows it.
        assertEquals("cannot connect to jdbc:postgresql://h/e?password=*** Connection refused",
                Secrets.redact("cannot connect to jdbc:postgresql://h/e?password=p:w;x: Connection refused"));
    }

    @Test
    void userInfoPasswordsAreMaskedAndTheRestIsKept() {
        assertEquals("postgresql://entente:***@db:5432/entente", Secrets.redact("postgresql://entente:pa:ss@db:5432/entente"));
        assertEquals("jdbc:postgresql://db:5432/entente", Secrets.redact("jdbc:postgresql://db:5432/entente"));
        assertEquals("jdbc:postgresql://[::1]:5432/entente", Secrets.redact("jdbc:postgresql://[::1]:5432/entente"));
    }
}
