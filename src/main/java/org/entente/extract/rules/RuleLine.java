package org.entente.extract.rules;

import java.util.Locale;

/** A data line of a rule file: its cells and where it stands, so that a wrong value names its file and line. */
public record RuleLine(String file, int number, String[] cells) {

    /** The cell of {@code column} as a constant of {@code roles}, which the file spells in lower case. */
    public <E extends Enum<E>> E role(int column, Class<E> roles) {
        String value = column < cells.length ? cells[column] : "";
        for (E role : roles.getEnumConstants()) {
            if (role.name().toLowerCase(Locale.ROOT).equals(value)) {
                return role;
            }
        }
        throw new RuleFileException(file, number, "unknown " + roles.getSimpleName() + " '" + value + "'");
    }
}
