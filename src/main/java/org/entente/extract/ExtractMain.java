package org.entente.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.corpus.Article;
import org.entente.corpus.DatePrecision;

/** Prints what the French extractor finds in the given article files, for quick manual runs. */
public final class ExtractMain {
    private static final Pattern HEADER = Pattern.compile("^ ?date (\\d{4})-(\\d{2})(?:-(\\d{2}))? ?");

    private ExtractMain() {
    }

    public static void main(String[] args) throws IOException {
        FrenchExtractor extractor = new FrenchExtractor();
        System.out.println("rules " + extractor.rulesVersion());
        for (String file : args) {
            Extraction extraction = extractor.extract(read(Path.of(file)));
            System.out.println("== " + file + " [" + extraction.language() + "]");
            extraction.countries().stream().map(CountryMention::iso2).distinct().sorted()
                    .forEach(c -> System.out.print(c + " "));
            System.out.println();
            extraction.organizations().stream().map(OrganizationMention::organization).distinct()
                    .forEach(o -> System.out.println("  org " + o));
            for (Agreement a : extraction.agreements()) {
                System.out.println("  agreement " + a.kind() + " " + a.status() + " " + a.signedOn() + "/"
                        + a.signedPrecision() + " place=" + a.placeCountryIso2() + " sectors=" + a.sectors()
                        + " parties=" + a.parties().stream().map(p -> p.countryIso2() != null ? p.countryIso2()
                        : p.organization().name()).toList());
                System.out.println("     | " + a.evidence().sentence());
            }
            System.out.println("  unclassified " + extraction.unclassified());
        }
    }

    /** Reads an article file with its optional " date YYYY-MM" header. */
    static Article read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Matcher m = HEADER.matcher(raw);
        LocalDate published = null;
        DatePrecision precision = null;
        String text = raw;
        if (m.find()) {
            boolean day = m.group(3) != null;
            published = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    day ? Integer.parseInt(m.group(3)) : 1);
            precision = day ? DatePrecision.DAY : DatePrecision.MONTH;
            text = raw.substring(m.end());
        }
        return new Article(file.toString(), "", published, precision, null, text);
    }
}
