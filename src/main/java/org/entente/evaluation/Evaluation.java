package org.entente.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.evaluation.WarehouseFacts.Predicted;
import org.jooq.DSLContext;

/**
 * Scores the reporting views against gold articles with the project scorer's rules: countries and
 * organizations per article (optional ones neither rewarded nor punished), agreements matched one to
 * one on their parties (Jaccard at least 0.5, at least two shared parties or all of a smaller gold
 * set), then kind, status, date, place and sectors of the matched agreements.
 */
public final class Evaluation {
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(le|la|les|l')\\s*");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9&+]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Accuracy> accuracies = new LinkedHashMap<>();
    private final List<String> differences = new ArrayList<>();
    private int articles;

    private Evaluation() {
        for (String field : List.of("countries", "organizations", "agreements", "sectors")) {
            tallies.put(field, new Tally());
        }
        for (String field : List.of("kind", "status", "date", "place", "publication month")) {
            accuracies.put(field, new Accuracy());
        }
    }

    /** Scores what the warehouse behind {@code dsl} holds against {@code gold}. */
    public static Evaluation of(DSLContext dsl, List<JsonNode> gold) {
        WarehouseFacts facts = WarehouseFacts.read(dsl);
        Evaluation e = new Evaluation();
        gold.forEach(g -> e.article(facts, g));
        return e;
    }

    public Tally tally(String field) {
        return tallies.get(field);
    }

    public Accuracy accuracy(String field) {
        return accuracies.get(field);
    }

    /** Per article, what was missed and what was extra, in gold order. */
    public List<String> differences() {
        return List.copyOf(differences);
    }

    /** The per-field table, the accuracies and a one-line summary; the differences first when {@code verbose}. */
    public void print(PrintStream out, boolean verbose) {
        if (verbose) {
            differences.forEach(out::println);
        }
        out.printf("%-14s %6s %6s %6s   tp/fp/fn%n", "field", "P", "R", "F1");
        tallies.forEach((field, t) -> out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f   %d/%d/%d%n", field,
                t.precision(), t.recall(), t.f1(), t.tp(), t.fp(), t.fn()));
        out.printf("matched agreements: kind %s, status %s, date %s, place %s; publication month %s%n",
                accuracy("kind"), accuracy("status"), accuracy("date"), accuracy("place"),
                accuracy("publication month"));
        StringBuilder line = new StringBuilder();
        tallies.forEach((field, t) -> line.append(String.format(Locale.ROOT, "%s F1=%.3f ", field, t.f1())));
        out.printf(Locale.ROOT, "%skind_acc=%.3f articles=%d%n", line, accuracy("kind").value(), articles);
    }

    private void article(WarehouseFacts facts, JsonNode g) {
        articles++;
        String file = g.get("file").asText();
        String published = g.path("published").asText("");
        if (!published.isEmpty()) {
            String got = facts.published().get(file);
            boolean ok = got != null && got.startsWith(published);
            accuracies.get("publication month").add(ok);
            note(!ok, file + ": published gold=" + published + " got=" + (got == null ? "None" : got));
        }
        countries(file, g, facts.countries().getOrDefault(file, Set.of()));
        Map<String, String[]> alias = aliases(g);
        organizations(file, g, alias, facts.organizations().getOrDefault(file, List.of()));
        agreements(file, g, alias, facts.agreements().getOrDefault(file, List.of()));
    }

    private void countries(String file, JsonNode g, Set<String> got) {
        Set<String> want = strings(g.path("countries"));
        Set<String> optional = strings(g.path("countries_optional"));
        Set<String> missed = minus(want, got);
        Set<String> extra = minus(minus(got, want), optional);
        tallies.get("countries").add(got.size() - minus(got, want).size(), extra.size(), missed.size());
        note(!missed.isEmpty() || !extra.isEmpty(),
                file + ": countries missed=" + sorted(missed) + " extra=" + sorted(extra));
    }

    private void organizations(String file, JsonNode g, Map<String, String[]> alias, List<String[]> got) {
        Set<String> found = new HashSet<>();
        List<String> extra = new ArrayList<>();
        for (String[] o : got) {
            String[] hit = lookup(alias, o[0], o[1]);
            if (hit == null) {
                extra.add(o[0]);
            } else if (hit[0].equals("gold")) {
                found.add(hit[1]);
            }
        }
        Set<String> wanted = new HashSet<>();
        g.path("organizations").forEach(o -> wanted.add(o.get("name").asText()));
        Set<String> missed = minus(wanted, found);
        tallies.get("organizations").add(found.size(), extra.size(), missed.size());
        note(!extra.isEmpty() || !missed.isEmpty(),
                file + ": organizations missed=" + sorted(missed) + " extra=" + extra.stream().sorted().toList());
    }

    private record Candidate(double jaccard, boolean sameKind, int predicted, int gold) {
    }

    private void agreements(String file, JsonNode g, Map<String, String[]> alias, List<Predicted> preds) {
        List<Set<String>> predKeys = preds.stream().map(p -> partyKeys(alias, p)).toList();
        List<JsonNode> golds = new ArrayList<>();
        g.path("agreements").forEach(golds::add);
        List<Set<String>> goldKeys = golds.stream().map(q -> strings(q.path("parties"))).toList();
        List<Candidate> pairs = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                if (matches(predKeys.get(i), goldKeys.get(j))) {
                    pairs.add(new Candidate(jaccard(predKeys.get(i), goldKeys.get(j)),
                            preds.get(i).kind().equals(golds.get(j).path("kind").asText()), i, j));
                }
            }
        }
        // Highest overlap first, the same kind breaking ties, then the scorer's order.
        pairs.sort(Comparator.comparingDouble(Candidate::jaccard).thenComparing(Candidate::sameKind)
                .thenComparingInt(Candidate::predicted).thenComparingInt(Candidate::gold).reversed());
        Set<Integer> usedP = new HashSet<>();
        Set<Integer> usedG = new HashSet<>();
        for (Candidate c : pairs) {
            if (!usedP.contains(c.predicted()) && !usedG.contains(c.gold())) {
                usedP.add(c.predicted());
                usedG.add(c.gold());
                matched(file, preds.get(c.predicted()), golds.get(c.gold()), goldKeys.get(c.gold()));
            }
        }
        List<Set<String>> optional = new ArrayList<>();
        g.path("agreements_optional").forEach(o -> optional.add(strings(o.path("parties"))));
        int fp = 0;
        for (int i = 0; i < preds.size(); i++) {
            Set<String> keys = predKeys.get(i);
            if (!usedP.contains(i) && optional.stream().noneMatch(o -> matches(keys, o))) {
                fp++;
                differences.add(file + ": extra agreement " + preds.get(i).kind() + " " + sorted(keys));
            }
        }
        for (int j = 0; j < golds.size(); j++) {
            if (!usedG.contains(j)) {
                differences.add(file + ": missed agreement " + golds.get(j).path("kind").asText() + " "
                        + sorted(goldKeys.get(j)));
            }
        }
        tallies.get("agreements").add(usedG.size(), fp, golds.size() - usedG.size());
    }

    private void matched(String file, Predicted p, JsonNode q, Set<String> keys) {
        List<String> wrong = new ArrayList<>();
        String kind = q.path("kind").asText();
        accuracies.get("kind").add(p.kind().equals(kind));
        mismatch(wrong, !p.kind().equals(kind), "kind", kind, p.kind());
        String status = q.path("status").asText("");
        if (!status.isEmpty()) {
            accuracies.get("status").add(status.equals(p.status()));
            mismatch(wrong, !status.equals(p.status()), "status", status, p.status());
        }
        String want = q.path("date").asText("");
        if (!want.isEmpty()) {
            String got = p.date() == null ? "" : p.date();
            String precision = q.path("date_precision").asText(want.length() == 10 ? "day" : "month");
            boolean ok = precision.equals("month") ? prefix(got, 7).equals(prefix(want, 7)) : got.equals(want);
            accuracies.get("date").add(ok);
            mismatch(wrong, !ok, "date", want, got);
        }
        String place = q.path("place_country").asText("");
        if (!place.isEmpty()) {
            String got = p.place() == null ? "" : p.place().toUpperCase(Locale.ROOT);
            accuracies.get("place").add(place.equals(got));
            mismatch(wrong, !place.equals(got), "place", place, got);
        }
        Set<String> gs = strings(q.path("sectors"));
        Set<String> missed = minus(gs, p.sectors());
        Set<String> extra = minus(p.sectors(), gs);
        tallies.get("sectors").add(gs.size() - missed.size(), extra.size(), missed.size());
        if (!missed.isEmpty() || !extra.isEmpty()) {
            wrong.add("sectors missed=" + sorted(missed) + " extra=" + sorted(extra));
        }
        note(!wrong.isEmpty(), file + ": matched agreement " + kind + " " + sorted(keys) + " " + String.join("; ", wrong));
    }

    private static void mismatch(List<String> wrong, boolean differs, String field, String want, String got) {
        if (differs) {
            wrong.add(field + " gold=" + want + " got=" + (got == null || got.isEmpty() ? "None" : got));
        }
    }

    private static Set<String> partyKeys(Map<String, String[]> alias, Predicted p) {
        Set<String> keys = new HashSet<>();
        for (String[] party : p.parties()) {
            if (party[1] != null || party[2] != null) {
                String[] hit = lookup(alias, party[1], party[2]);
                keys.add(hit != null ? hit[1] : "?" + norm(party[1] != null ? party[1] : party[2]));
            } else {
                keys.add(party[0] == null ? "?" : party[0].toUpperCase(Locale.ROOT));
            }
        }
        return keys;
    }

    private static boolean matches(Set<String> p, Set<String> g) {
        int shared = p.size() - minus(p, g).size();
        return jaccard(p, g) >= 0.5 && shared >= Math.min(2, g.size());
    }

    private static double jaccard(Set<String> p, Set<String> g) {
        Set<String> union = new HashSet<>(p);
        union.addAll(g);
        return (double) (p.size() - minus(p, g).size()) / Math.max(1, union.size());
    }

    /** Gold names and aliases by normalized name; a gold organization wins over an optional one. */
    private static Map<String, String[]> aliases(JsonNode g) {
        Map<String, String[]> alias = new HashMap<>();
        g.path("organizations").forEach(o -> names(o).forEach(n ->
                alias.put(norm(n), new String[] {"gold", o.get("name").asText()})));
        g.path("organizations_optional").forEach(o -> names(o).forEach(n ->
                alias.putIfAbsent(norm(n), new String[] {"optional", o.get("name").asText()})));
        return alias;
    }

    private static List<String> names(JsonNode organization) {
        List<String> names = new ArrayList<>(List.of(organization.get("name").asText()));
        organization.path("aliases").forEach(a -> names.add(a.asText()));
        return names;
    }

    private static String[] lookup(Map<String, String[]> alias, String name, String acronym) {
        String[] hit = alias.get(norm(name));
        return hit != null ? hit : alias.get(norm(acronym));
    }

    /** Accents and case folded, a leading French article dropped, words only. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        t = LEADING_ARTICLE.matcher(t.strip()).replaceFirst("");
        return String.join(" ", NON_WORD.matcher(t).replaceAll(" ").strip().split("\\s+"));
    }

    private void note(boolean different, String line) {
        if (different) {
            differences.add(line);
        }
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
