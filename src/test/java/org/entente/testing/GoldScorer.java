package org.entente.testing;

import static org.entente.db.schema.reporting.Tables.AGREEMENTS;
import static org.entente.db.schema.reporting.Tables.AGREEMENT_PARTIES;
import static org.entente.db.schema.reporting.Tables.ARTICLE_COUNTRIES;
import static org.entente.db.schema.reporting.Tables.ARTICLE_ORGANIZATIONS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the reporting views against a gold JSON Lines file by the rules of the shared score.py:
 * countries and organizations per article, agreements matched one to one on their parties.
 */
public final class GoldScorer {
    /** True positives, false positives and false negatives of one field. */
    public static final class Tally {
        public int tp;
        public int fp;
        public int fn;

        public double f1() {
            return tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "F1=%.3f (%d/%d/%d)", f1(), tp, fp, fn);
        }
    }

    public final Tally countries = new Tally();
    public final Tally organizations = new Tally();
    public final Tally agreements = new Tally();
    public final List<String> errors = new ArrayList<>();

    private GoldScorer() {
    }

    public static GoldScorer score(TestDatabase db, Path goldFile) throws IOException {
        GoldScorer s = new GoldScorer();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(goldFile)) {
            if (!line.isBlank()) {
                s.scoreArticle(db, json.readTree(line));
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "countries " + countries + ", organizations " + organizations + ", agreements " + agreements;
    }

    private void scoreArticle(TestDatabase db, JsonNode gold) {
        String file = gold.get("file").asText();
        Set<String> got = new HashSet<>(db.query(dsl -> dsl.select(ARTICLE_COUNTRIES.COUNTRY_ISO2)
                .from(ARTICLE_COUNTRIES).where(ARTICLE_COUNTRIES.SOURCE_FILE.endsWith(file)).fetch(0, String.class)));
        Set<String> want = strings(gold.get("countries"));
        Set<String> optional = strings(gold.get("countries_optional"));
        tally(countries, file + " countries", got, want, optional);
        Map<String, String[]> alias = aliases(gold);
        scoreOrganizations(db, file, gold, alias);
        scoreAgreements(db, file, gold, alias);
    }

    private void scoreOrganizations(TestDatabase db, String file, JsonNode gold, Map<String, String[]> alias) {
        Set<String> found = new HashSet<>();
        for (var r : db.query(dsl -> dsl.select(ARTICLE_ORGANIZATIONS.ORGANIZATION_NAME,
                ARTICLE_ORGANIZATIONS.ORGANIZATION_ACRONYM).from(ARTICLE_ORGANIZATIONS)
                .where(ARTICLE_ORGANIZATIONS.SOURCE_FILE.endsWith(file)).fetch())) {
            String[] hit = lookup(alias, r.value1(), r.value2());
            if (hit == null) {
                organizations.fp++;
                errors.add(file + ": extra organization " + r.value1());
            } else if (hit[0].equals("gold")) {
                found.add(hit[1]);
            }
        }
        int goldCount = gold.path("organizations").size();
        organizations.tp += found.size();
        organizations.fn += goldCount - found.size();
        gold.path("organizations").forEach(o -> {
            if (!found.contains(o.get("name").asText())) {
                errors.add(file + ": missed organization " + o.get("name").asText());
            }
        });
    }

    private void scoreAgreements(TestDatabase db, String file, JsonNode gold, Map<String, String[]> alias) {
        List<Set<String>> predicted = new ArrayList<>();
        for (Long id : db.query(dsl -> dsl.select(AGREEMENTS.AGREEMENT_ID).from(AGREEMENTS)
                .where(AGREEMENTS.SOURCE_FILE.endsWith(file)).fetch(0, Long.class))) {
            Set<String> keys = new HashSet<>();
            db.query(dsl -> dsl.select(AGREEMENT_PARTIES.COUNTRY_ISO2, AGREEMENT_PARTIES.ORGANIZATION_NAME,
                            AGREEMENT_PARTIES.ORGANIZATION_ACRONYM).from(AGREEMENT_PARTIES)
                    .where(AGREEMENT_PARTIES.AGREEMENT_ID.eq(id)).fetch())
                    .forEach(p -> keys.add(p.value1() != null ? p.value1() : partyKey(alias, p.value2(), p.value3())));
            predicted.add(keys);
        }
        List<Set<String>> golds = partySets(gold.path("agreements"));
        List<Set<String>> optional = partySets(gold.path("agreements_optional"));
        for (Set<String> p : predicted) {
            Set<String> match = golds.stream().filter(g -> matches(p, g)).findFirst().orElse(null);
            if (match != null) {
                golds.remove(match);
                agreements.tp++;
            } else if (optional.stream().noneMatch(o -> matches(p, o))) {
                agreements.fp++;
                errors.add(file + ": extra agreement " + p);
            }
        }
        agreements.fn += golds.size();
        golds.forEach(g -> errors.add(file + ": missed agreement " + g));
    }

    private static boolean matches(Set<String> p, Set<String> g) {
        Set<String> shared = new HashSet<>(p);
        shared.retainAll(g);
        Set<String> union = new HashSet<>(p);
        union.addAll(g);
        return shared.size() >= Math.min(2, g.size()) && (double) shared.size() / Math.max(1, union.size()) >= 0.5;
    }

    private static List<Set<String>> partySets(JsonNode list) {
        List<Set<String>> out = new ArrayList<>();
        list.forEach(a -> out.add(strings(a.get("parties"))));
        return out;
    }

    private static String partyKey(Map<String, String[]> alias, String name, String acronym) {
        String[] hit = lookup(alias, name, acronym);
        return hit != null ? hit[1] : "?" + norm(name != null ? name : acronym);
    }

    private static Map<String, String[]> aliases(JsonNode gold) {
        Map<String, String[]> alias = new HashMap<>();
        for (String field : List.of("organizations", "organizations_optional")) {
            String tag = field.equals("organizations") ? "gold" : "optional";
            gold.path(field).forEach(o -> {
                String name = o.get("name").asText();
                alias.putIfAbsent(norm(name), new String[] {tag, name});
                o.path("aliases").forEach(a -> alias.putIfAbsent(norm(a.asText()), new String[] {tag, name}));
            });
        }
        return alias;
    }

    private static String[] lookup(Map<String, String[]> alias, String name, String acronym) {
        String[] hit = name == null ? null : alias.get(norm(name));
        return hit != null || acronym == null ? hit : alias.get(norm(acronym));
    }

    private void tally(Tally t, String what, Set<String> got, Set<String> want, Set<String> optional) {
        for (String g : got) {
            if (want.contains(g)) {
                t.tp++;
            } else if (!optional.contains(g)) {
                t.fp++;
                errors.add(what + ": extra " + g);
            }
        }
        for (String w : want) {
            if (!got.contains(w)) {
                t.fn++;
                errors.add(what + ": missed " + w);
            }
        }
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> out = new HashSet<>();
        if (list != null) {
            list.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** The name normalization of score.py: no accents, lower case, no leading article, words only. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        t = t.replaceFirst("^(le|la|les|l')\\s*", "");
        return String.join(" ", t.replaceAll("[^a-z0-9&+]+", " ").strip().split("\\s+"));
    }
}
