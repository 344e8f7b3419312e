package org.entente.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.corpus.Article;
import org.entente.extract.agreement.AgreementCues;
import org.entente.extract.agreement.AgreementDraft;
import org.entente.extract.agreement.AgreementExtractor;
import org.entente.extract.agreement.ArticleContext;
import org.entente.extract.agreement.DateResolver;
import org.entente.extract.agreement.ResolvedDate;
import org.entente.extract.agreement.SectorClassifier;
import org.entente.extract.agreement.Trace;
import org.entente.extract.country.CountryGazetteer;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.CountryMention;
import org.entente.extract.model.MentionType;
import org.entente.extract.model.Evidence;
import org.entente.extract.model.Extraction;
import org.entente.extract.model.OrganizationMention;
import org.entente.extract.model.Party;
import org.entente.extract.organization.OrganizationFinder;
import org.entente.extract.organization.OrganizationGazetteer;
import org.entente.extract.organization.OrganizationHit;
import org.entente.extract.organization.OrganizationMerger;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Deadline;
import org.entente.extract.text.FoundPhrases;
import org.entente.extract.text.LanguageDetector;
import org.entente.extract.text.NormalizedText;
import org.entente.extract.text.PhraseScanner;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.entente.extract.text.SpanIndex;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;

/** Extracts countries, organizations and agreements from French news text with rules kept as data. */
public final class FrenchExtractor implements Extractor {
    private final String rulesVersion;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter;
    private final LanguageDetector languageDetector;
    private final CountryGazetteer countries;
    private final OrganizationGazetteer organizations;
    private final OrganizationFinder organizationFinder;
    /** Companies' legal forms ("Ltd", "Corp"): a name with or without one names the same company. */
    private final Set<String> legalForms;
    private final AgreementExtractor agreements;
    private final DateResolver dates;
    /** Every phrase list the extractor searches a whole article for, in one pass. */
    private final PhraseScanner phraseScanner;
    private final UnclassifiedNames unclassifiedNames;

    /** How long one article's extraction may take; null for no limit. */
    private final Duration maxExtractTime;

    /** Loads every rule file from the classpath under {@code entente/rules/}; no time limit. */
    public FrenchExtractor() {
        this(null);
    }

    /**
     * As {@link #FrenchExtractor()}, giving up on an article (with an {@link ExtractionTimeoutException})
     * when its extraction takes longer than {@code maxExtractTime}.
     */
    public FrenchExtractor(Duration maxExtractTime) {
        this.maxExtractTime = maxExtractTime;
        RuleFiles rules = new RuleFiles();
        rulesVersion = rules.version();
        splitter = new SentenceSplitter(rules);
        languageDetector = new LanguageDetector(rules);
        countries = new CountryGazetteer(rules);
        unclassifiedNames = new UnclassifiedNames(rules);
        organizations = new OrganizationGazetteer(rules);
        organizationFinder = new OrganizationFinder(rules);
        legalForms = rules.words(WordRole.LEGAL_FORM);
        AgreementCues cues = new AgreementCues(rules);
        SectorClassifier sectors = new SectorClassifier(rules);
        dates = new DateResolver(rules);
        agreements = new AgreementExtractor(cues, dates, sectors);
        phraseScanner = new PhraseScanner(List.of(countries.phrases(), organizations.phrases(), cues.kinds,
                cues.statuses, sectors.phrases()));
    }

    @Override
    public String rulesVersion() {
        return rulesVersion;
    }

    @Override
    public Extraction extract(Article article) {
        return extract(article, Trace.off());
    }

    /**
     * Extracts as {@link #extract(Article)} does, and says how: for each agreement the trigger, the
     * rule that found each party, the date and place rules; then the candidates dropped and why.
     */
    public Extraction explain(Article article) {
        return extract(article, Trace.on());
    }

    private Extraction extract(Article article, Trace trace) {
        NormalizedText text = normalizer.normalize(article.text());
        String language = languageDetector.detect(text.folded());
        if (!language.equals("fr")) {
            return new Extraction(language, rulesVersion, List.of(), List.of(), List.of(), List.of());
        }
        ArticleContext context = analyze(article, text, Deadline.after(maxExtractTime), trace);
        Map<Sentence, Evidence> shared = new HashMap<>();
        List<CountryMention> countryMentions = new ArrayList<>();
        for (CountryHit hit : context.countries()) {
            if (!hit.place() && hit.type() != MentionType.SUBNATIONAL) { // a region stands for its state only as a party
                countryMentions.add(new CountryMention(hit.iso2(), hit.type(), text.originalSpan(hit.start(), hit.end()),
                        text.originalText(hit.start(), hit.end()), evidence(context, shared, hit.start(), hit.end())));
            }
        }
        List<OrganizationMention> orgMentions = new ArrayList<>();
        for (OrganizationHit hit : context.organizations()) {
            orgMentions.add(new OrganizationMention(hit.organization(), text.originalSpan(hit.start(), hit.end()),
                    text.originalText(hit.start(), hit.end()), evidence(context, shared, hit.start(), hit.end())));
        }
        List<Agreement> found = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        for (AgreementDraft draft : agreements.extract(context)) {
            Agreement agreement = toAgreement(context, draft, shared.computeIfAbsent(draft.sentence, context::evidence));
            found.add(agreement);
            if (trace.isOn()) {
                explanation.add("agreement " + found.size() + ": " + agreement.kind() + " " + agreement.status() + " "
                        + Trace.label(agreement.parties()));
                draft.why.forEach(why -> explanation.add("  " + why));
            }
        }
        trace.dropped().forEach(d -> explanation.add("dropped " + d));
        return new Extraction(language, rulesVersion, countryMentions, orgMentions, found,
                unclassifiedNames.find(context), context.notes().stream().distinct().toList(), explanation);
    }

    /**
     * The evidence of a fact at [start, end): one record for every fact of a sentence of ordinary
     * length, which is the whole sentence, instead of a copy of it for each.
     */
    private static Evidence evidence(ArticleContext context, Map<Sentence, Evidence> shared, int start, int end) {
        Sentence sentence = context.sentenceAt(start);
        return sentence.end() - sentence.start() > ArticleContext.MAX_EVIDENCE
                ? context.evidence(sentence, start, end) : shared.computeIfAbsent(sentence, context::evidence);
    }

    private ArticleContext analyze(Article article, NormalizedText text, Deadline deadline, Trace trace) {
        List<Sentence> sentences = splitter.split(text.text());
        if (sentences.isEmpty()) {
            sentences = List.of(new Sentence(0, 0, Math.max(1, text.text().length())));
        }
        List<Token> tokens = Token.tokenize(text.text());
        FoundPhrases phrases = phraseScanner.scan(text.folded());
        List<CountryHit> countryHits = countries.find(text, phrases);
        List<OrganizationHit> known = organizations.find(text, phrases, countryHits);
        List<OrganizationHit> found = organizationFinder.find(text, tokens, known, countryHits);
        List<OrganizationHit> all = new ArrayList<>(withoutNamesInsideLongerOnes(known, found));
        all.addAll(found);
        all.sort(Comparator.comparingInt(OrganizationHit::start));
        List<OrganizationHit> orgHits = new OrganizationMerger(legalForms).unify(text.text(), all);
        countryHits = withoutCountriesInsideMediaNames(countryHits, orgHits);
        deadline.check();
        return new ArticleContext(text, sentences, tokens, phrases, countryHits, orgHits,
                rankedCountries(countryHits, sentences, text.folded()), article.publishedOn(), article.publishedPrecision(),
                dates.reference(text.folded(), article.publishedOn(), article.publishedPrecision()), deadline, trace);
    }

    /**
     * "la Société générale marocaine des banques (SGMB)": a known name inside a longer one the article names is part
     * of that name, no mention of its own.
     */
    private static List<OrganizationHit> withoutNamesInsideLongerOnes(List<OrganizationHit> known, List<OrganizationHit> found) {
        if (found.isEmpty()) {
            return known;
        }
        SpanIndex<OrganizationHit> longer = new SpanIndex<>(found, OrganizationHit::start, OrganizationHit::end);
        return known.stream().filter(k -> longer.near(k.start(), k.end()).stream().noneMatch(f -> f.start() <= k.start()
                && k.end() <= f.end() && f.end() - f.start() > k.end() - k.start())).toList();
    }

    /** "Agence France-Presse" and "Radio France Internationale" do not mention France. */
    private static List<CountryHit> withoutCountriesInsideMediaNames(List<CountryHit> hits, List<OrganizationHit> orgs) {
        List<OrganizationHit> media = orgs.stream().filter(o -> "media".equals(o.organization().kind())).toList();
        if (media.isEmpty()) {
            return hits;
        }
        SpanIndex<OrganizationHit> mediaIndex = new SpanIndex<>(media, OrganizationHit::start, OrganizationHit::end);
        List<CountryHit> kept = new ArrayList<>();
        for (CountryHit hit : hits) {
            boolean inMedia = mediaIndex.near(hit.start(), hit.end()).stream()
                    .anyMatch(o -> o.start() <= hit.start() && hit.end() <= o.end());
            if (!inMedia) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /**
     * Countries from the most mentioned down, mentions in the opening sentence counting double, and a named country's
     * places (its capital where a signing took place) counting once each ("à Alger … l'Italie … gaz russe"); then the
     * countries of places only ("arrivé lundi à Paris pour une visite"), in order of appearance: the host of
     * a visit is one of "les deux pays" when the text names no second country.
     */
    private static List<String> rankedCountries(List<CountryHit> hits, List<Sentence> sentences, String folded) {
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            CountryHit hit = hits.get(i);
            if (!hit.place() && hit.type() != MentionType.SUBNATIONAL && !(i > 0 && locatesItsTown(folded, hits.get(i - 1), hit))) {
                weight.merge(hit.iso2(), sentences.get(0).contains(hit.start()) ? 2 : 1, Integer::sum);
            }
        }
        for (CountryHit hit : hits) {
            if (hit.place() && weight.containsKey(hit.iso2())) {
                weight.merge(hit.iso2(), 1, Integer::sum);
            }
        }
        List<String> ranked = new ArrayList<>(weight.keySet());
        ranked.sort((a, b) -> weight.get(b) - weight.get(a));
        for (CountryHit hit : hits) {
            if (hit.place() && !ranked.contains(hit.iso2())) {
                ranked.add(hit.iso2());
            }
        }
        return List.copyOf(ranked);
    }

    /** Kept in code, a closed set: the prepositions of a country's name that say where a town lies ("à Busan en Corée du Sud"). */
    private static final Set<String> COUNTRY_LOCATIVES = Set.of("en", "au", "aux");

    /**
     * Whether {@code hit} names the country of the town just before it, {@code town}, as where it lies ("à Busan en
     * Corée du Sud", "à Genève, en Suisse"): a place, as the town is, not a mention of the state.
     */
    private static boolean locatesItsTown(String folded, CountryHit town, CountryHit hit) {
        if (!town.place() || !town.iso2().equals(hit.iso2()) || hit.type() != MentionType.NAME
                || hit.start() - town.end() > MAX_TOWN_GAP) {
            return false;
        }
        String between = folded.substring(town.end(), hit.start()).replace(',', ' ').strip();
        return COUNTRY_LOCATIVES.contains(between);
    }

    /** Most characters between a town and the country it lies in: ", aux ". */
    private static final int MAX_TOWN_GAP = 6;

    private static Agreement toAgreement(ArticleContext context, AgreementDraft draft, Evidence evidence) {
        ResolvedDate date = draft.date;
        Set<Party> parties = new LinkedHashSet<>(draft.parties);
        return new Agreement(draft.kind, draft.status, date == null ? null : date.date(),
                date == null ? null : date.precision(), draft.place == null ? null : draft.place.name(),
                draft.place == null ? null : draft.place.iso2(), draft.sectors, List.copyOf(parties),
                evidence);
    }
}
