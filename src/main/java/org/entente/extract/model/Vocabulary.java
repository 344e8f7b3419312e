package org.entente.extract.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A code of one of the warehouse's vocabularies: the enum's constant in lower case, as the rule
 * files, the facts and the {@code core} lookup tables spell it (a test keeps the enums and tables equal).
 */
public interface Vocabulary {
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The codes of a vocabulary. */
    static Set<String> codes(Vocabulary[] values) {
        return Arrays.stream(values).map(Vocabulary::code).collect(Collectors.toUnmodifiableSet());
    }

    /** The constant with this code; an unknown code is an error of the rule file or fact that holds it. */
    static <E extends Enum<E> & Vocabulary> E of(Class<E> vocabulary, String code) {
        for (E e : vocabulary.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + vocabulary.getSimpleName() + " code: " + code);
    }
}
