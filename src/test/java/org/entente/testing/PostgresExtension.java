package org.entente.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real PostgreSQL: one server for the whole run, one fresh migrated database per
 * test class, injected as a {@link TestDatabase} parameter.
 */
public final class PostgresExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        TestDatabases server = e.getRoot().getStore(NS).getOrComputeIfAbsent("server", k -> startServer(),
                TestDatabases.class);
        ExtensionContext classContext = classContextOf(e);
        return classContext.getStore(NS).getOrComputeIfAbsent("database", k -> createDatabase(server),
                TestDatabase.class);
    }

    private static ExtensionContext classContextOf(ExtensionContext e) {
        ExtensionContext c = e;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static TestDatabases startServer() {
        try {
            return TestDatabases.start();
        } catch (Exception ex) {
            throw new IllegalStateException("cannot start a PostgreSQL for the tests: " + ex.getMessage(), ex);
        }
    }

    private static TestDatabase createDatabase(TestDatabases server) {
        try {
            TestDatabase db = server.create();
            db.warehouse().migrate();
            return db;
        } catch (Exception ex) {
            throw new IllegalStateException("cannot create a test database: " + ex.getMessage(), ex);
        }
    }
}
