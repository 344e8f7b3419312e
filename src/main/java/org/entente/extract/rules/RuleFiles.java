package org.entente.extract.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the tab-separated rule files under {@code entente/rules/} and fingerprints them. */
public final class RuleFiles {
    static final String CODE_VERSION = "1.0";
    public static final List<String> NAMES = List.of(
            "abbreviations.tsv", "agreement_kinds.tsv", "cities.tsv", "countries.tsv", "country_names.tsv", "country_names_press.tsv",
            "date_words.tsv", "first_names.tsv", "function_words.tsv", "non_country_phrases.tsv", "non_organization_words.tsv",
            "organization_cues.tsv", "organization_sectors.tsv", "organizations.tsv", "party_cues.tsv", "person_like_names.tsv", "regions.tsv", "sectors.tsv",
            "shared_country_words.tsv", "status_cues.tsv", "stopwords.tsv");

    private final Map<String, byte[]> contents = new LinkedHashMap<>();

    public RuleFiles() {
        for (String name : NAMES) {
            contents.put(name, TsvRows.read("entente/rules/" + name));
        }
    }

    /** Rows of a file without its header line, blank lines and {@code #} comments. */
    public List<String[]> rows(String name) {
        return TsvRows.parse(contents(name));
    }

    /** The rows of {@link #rows}, each with its file and line number. */
    public List<RuleLine> lines(String name) {
        return TsvRows.parseLines(name, contents(name));
    }

    private byte[] contents(String name) {
        byte[] bytes = contents.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("unknown rule file " + name);
        }
        return bytes;
    }

    /** The function words of a role, in file order. */
    public Set<String> words(WordRole role) {
        Set<String> words = new LinkedHashSet<>();
        for (RuleLine line : lines("function_words.tsv")) {
            if (line.role(1, WordRole.class) == role) {
                words.add(line.cells()[0]);
            }
        }
        return words;
    }

    /** The function words of a role that carry a number in the third column, with that number. */
    public Map<String, Integer> valuedWords(WordRole role) {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (RuleLine line : lines("function_words.tsv")) {
            if (line.role(1, WordRole.class) == role) {
                if (line.cells().length < 3 || !line.cells()[2].matches("\\d+")) {
                    throw new RuleFileException(line.file(), line.number(), "a " + role.name().toLowerCase(java.util.Locale.ROOT)
                            + " word needs its number in the third column");
                }
                words.put(line.cells()[0], Integer.parseInt(line.cells()[2]));
            }
        }
        return words;
    }

    /** The number words by value: index 2 holds the word for two; index 0 is empty. */
    public List<String> numberWords() {
        List<String> byValue = new ArrayList<>(List.of(""));
        for (RuleLine line : lines("function_words.tsv")) {
            if (line.role(1, WordRole.class) == WordRole.NUMBER) {
                int value = Integer.parseInt(line.cells()[2]);
                while (byValue.size() <= value) {
                    byValue.add("");
                }
                byValue.set(value, line.cells()[0]);
            }
        }
        return List.copyOf(byValue);
    }

    /** "1.0+" and the first 12 hex digits of SHA-256 over every rule file, in a fixed order. */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(file.getValue());
            }
            return CODE_VERSION + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
