package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.corpus.Article;
import org.entente.corpus.ArticleReader;
import org.entente.corpus.CorpusException;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.CountryMention;
import org.entente.extract.model.Extraction;
import org.entente.extract.FrenchExtractor;
import org.entente.extract.model.OrganizationMention;
import org.entente.extract.model.Party;
import org.entente.load.CharacterOffsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs the extractor on files and prints what it found, without touching any database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the countries, organizations and agreements found in article files.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (UTF-8 text)")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object per file")
    boolean json;

    @Override
    public Integer call() {
        FrenchExtractor extractor = new FrenchExtractor();
        ArticleReader reader = new ArticleReader();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                if (!java.nio.file.Files.exists(file)) {
                    throw new CorpusException(file.toString(), "no such file");
                }
                Article article = reader.read(file, file.toString());
                Map<String, Object> found = describe(article, extractor.extract(article));
                System.out.println(json ? JsonText.of(found) : ExtractionText.render(found));
            } catch (CorpusException e) {
                System.err.println("entente: " + org.entente.corpus.FileNames.printable(e.getMessage()));
                exit = ExitCodes.PARTIAL;
            }
        }
        return exit;
    }

    static Map<String, Object> describe(Article article, Extraction x) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", article.sourceFile());
        out.put("published", article.publishedOn() == null ? null
                : Summary.dateOf(article.publishedOn(), article.publishedPrecision().code()));
        out.put("language", x.language());
        out.put("rules_version", x.rulesVersion());
        // Offsets in characters, as the warehouse stores them and PostgreSQL's substr counts them.
        CharacterOffsets at = new CharacterOffsets(article.text());
        List<Object> countries = new ArrayList<>();
        for (CountryMention m : x.countries()) {
            countries.add(map("iso2", m.iso2(), "type", m.type().code(), "surface", m.surface(),
                    "start", at.of(m.span().start()), "end", at.of(m.span().end())));
        }
        out.put("countries", countries);
        List<Object> orgs = new ArrayList<>();
        for (OrganizationMention m : x.organizations()) {
            orgs.add(map("name", m.organization().name(), "acronym", m.organization().acronym(),
                    "kind", m.organization().kind(), "country", m.organization().countryIso2(),
                    "surface", m.surface(), "start", at.of(m.span().start()), "end", at.of(m.span().end())));
        }
        out.put("organizations", orgs);
        List<Object> agreements = new ArrayList<>();
        for (Agreement g : x.agreements()) {
            agreements.add(map("kind", g.kind(), "status", g.status(),
                    "parties", g.parties().stream().map(ExtractCommand::partyName).toList(),
                    "date", g.signedOn() == null ? null : Summary.dateOf(g.signedOn(), g.signedPrecision().code()),
                    "place", g.placeName(), "place_country", g.placeCountryIso2(), "sectors", g.sectors(),
                    "evidence", g.evidence().sentence(), "start", at.of(g.evidence().span().start()),
                    "end", at.of(g.evidence().span().end())));
        }
        out.put("agreements", agreements);
        out.put("unclassified", x.unclassified());
        if (!x.notes().isEmpty()) {
            out.put("notes", x.notes());
        }
        return out;
    }

    static String partyName(Party p) {
        return p.countryIso2() != null ? p.countryIso2() : p.organization().name();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
