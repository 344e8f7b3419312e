package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.entente.bench.SentenceTemplates.Role;

/**
 * Writes synthetic French news articles made from sentence templates and gazetteer entities:
 * deterministic for a seed, each article unique (a dispatch reference numbers it), 2 to 4 KB each.
 */
public final class CorpusGenerator {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)\\}");
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"};
    private static final LocalDate FIRST_MONTH = LocalDate.of(2015, 1, 1);

    private final SentenceTemplates templates = new SentenceTemplates();
    private final BenchEntities entities = new BenchEntities();
    private final long seed;

    /** What was written: where, how many files and how many bytes. */
    public record Corpus(Path dir, int articles, long bytes) {
    }

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes {@code n} articles under {@code dir} (a folder per thousand), in parallel. */
    public Corpus write(Path dir, int n) {
        long bytes = IntStream.range(0, n).parallel().mapToLong(i -> writeOne(dir, i)).sum();
        return new Corpus(dir, n, bytes);
    }

    private long writeOne(Path dir, int index) {
        byte[] bytes = article(index).getBytes(StandardCharsets.UTF_8);
        try {
            Path folder = dir.resolve(String.format("b%04d", index / 1000));
            Files.createDirectories(folder);
            Files.write(folder.resolve(String.format("a%07d.txt", index)), bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic corpus in " + dir, e);
        }
    }

    /** The text of article {@code index}, header line included. */
    public String article(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Map<String, String> slots = slots(random, index);
        Set<String> used = new HashSet<>();
        LocalDate published = LocalDate.parse(slots.get("PUBLISHED"));
        StringBuilder text = new StringBuilder(4096);
        text.append(" date ").append(published.toString(), 0, 7).append(' ')
                .append(fill(templates.pick(Role.TITLE, random, used), slots, random)).append("\n\n");
        paragraph(text, random, slots, used, Role.LEAD, Role.FILLER);
        int agreements = 1 + random.nextInt(4);
        for (int i = 0; i < agreements; i++) {
            paragraph(text, random, slots, used, Role.AGREEMENT, random.nextBoolean() ? Role.FILLER : Role.BACKGROUND);
        }
        if (random.nextInt(3) == 0) {
            paragraph(text, random, slots, used, Role.NEGATIVE, Role.FILLER);
        }
        int target = 2000 + random.nextInt(1800);
        while (text.length() < target) {
            paragraph(text, random, slots, used, Role.FILLER, Role.FILLER);
        }
        text.append(fill(templates.pick(Role.CLOSING, random, used), slots, random)).append('\n');
        return text.toString();
    }

    private void paragraph(StringBuilder text, Random random, Map<String, String> slots, Set<String> used,
                           Role first, Role second) {
        text.append(fill(templates.pick(first, random, used), slots, random)).append(' ')
                .append(fill(templates.pick(second, random, used), slots, random)).append("\n\n");
    }

    private Map<String, String> slots(Random random, int index) {
        CountryName a = entities.country(random);
        CountryName b = entities.country(random);
        while (b.iso2().equals(a.iso2())) {
            b = entities.country(random);
        }
        LocalDate published = FIRST_MONTH.plusMonths(random.nextInt(132)).plusDays(random.nextInt(28));
        Map<String, String> s = new HashMap<>();
        s.put("PUBLISHED", published.toString());
        s.put("A", a.subject());
        s.put("B", b.subject());
        s.put("Ade", a.of());
        s.put("Bde", b.of());
        s.put("Ba", b.to());
        s.put("CAPA", a.capital());
        s.put("CAPB", b.capital());
        s.put("CITY", entities.city(random, random.nextBoolean() ? a : b));
        s.put("ORGA", entities.organization(random, a));
        s.put("ORGB", entities.organization(random, b));
        s.put("DATE", published.getDayOfMonth() + " " + MONTHS[published.getMonthValue() - 1] + " "
                + published.getYear());
        s.put("WEEKDAY", WEEKDAYS[random.nextInt(WEEKDAYS.length)]);
        LocalDate next = published.plusMonths(1 + random.nextInt(3));
        s.put("MONTH", MONTHS[next.getMonthValue() - 1] + " " + next.getYear());
        s.put("PASTYEAR", String.valueOf(published.getYear() - 1 - random.nextInt(12)));
        s.put("REF", String.format("ENT-%d-%07d", seed, index));
        return s;
    }

    private static String fill(String template, Map<String, String> slots, Random random) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "NUM" -> String.valueOf(2 + random.nextInt(480));
                case "AMOUNT" -> String.valueOf(10 + random.nextInt(9_990));
                default -> slots.get(m.group(1));
            };
            if (value == null) {
                throw new IllegalStateException("unknown slot {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return capitalized(out.toString());
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
