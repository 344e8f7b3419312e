package org.entente.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against a real PostgreSQL ({@link PostgresExtension}), tagged {@code db}:
 * {@code mvn test -DexcludedGroups=db} runs the other tests alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("db")
@ExtendWith(PostgresExtension.class)
public @interface DatabaseTest {
}
