package org.entente.extract.agreement;

import java.util.List;
import java.util.Set;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/** Finds where something happened: "à Lima", "à Vientiane, au Laos", "en Lituanie". */
final class PlaceResolver {

    /** A place as written and its country. */
    public record Place(String name, String iso2) {
    }

    /**
     * A visit the article reports: "X a reçu son homologue kirghize", "le Ghana a accueilli une
     * délégation togolaise". The guest's country is named after the verb; the host's before it, or not at all.
     */
    record Hosting(String hostIso2, String guestIso2) {
    }

    /** Words after a hosting verb within which a visit noun or a title must stand. */
    private static final int VISIT_WINDOW = 4;

    private final AgreementCues cues;

    PlaceResolver(AgreementCues cues) {
        this.cues = cues;
    }

    /** The first city named as a place in [start, end), a dateline ("Hanoï (VNA) -") only when there is no other; or null. */
    Place cityIn(ArticleContext context, int start, int end) {
        Place dateline = null;
        for (CountryHit hit : context.countriesNear(start, end)) {
            if (hit.place() && hit.start() >= start && hit.end() <= end && !context.insideOrganization(hit.start(), hit.end())) {
                Place place = new Place(context.text().text().substring(hit.start(), hit.end()), hit.iso2());
                if (!isDateline(context.text().text(), hit)) {
                    return place;
                }
                dateline = dateline == null ? place : dateline;
            }
        }
        return dateline;
    }

    /**
     * The first place named in [start, end): a city, or a country after a locative ("la visite du président en
     * Chine"), whichever comes first; a dateline only when there is neither; or null.
     */
    Place firstPlaceIn(ArticleContext context, int start, int end) {
        Place dateline = null;
        for (CountryHit hit : context.countriesNear(start, end)) {
            if (hit.start() < start || hit.end() > end || context.insideOrganization(hit.start(), hit.end())) {
                continue;
            }
            if (hit.place()) {
                Place place = new Place(context.text().text().substring(hit.start(), hit.end()), hit.iso2());
                if (!isDateline(context.text().text(), hit)) {
                    return place;
                }
                dateline = dateline == null ? place : dateline;
            } else if (namesWhere(context, hit)) {
                // "la visite du président en Lituanie … à Vilnius": the town, when the article names one there,
                // else the dateline's when it is there
                Place town = townIn(context, hit.iso2(), hit.end(), end);
                if (town == null && dateline != null && dateline.iso2().equals(hit.iso2())) {
                    town = dateline;
                }
                return town != null ? town : new Place(hit.type() == MentionType.DEMONYM ? null
                        : context.text().text().substring(hit.start(), hit.end()), hit.iso2());
            }
        }
        return dateline;
    }

    /** The article's first town named as a place, no dateline, and where it ends; or null. */
    Town firstTown(ArticleContext context) {
        int length = context.text().text().length();
        CountryHit hit = townHit(context, null, 0, length);
        return hit == null ? null : new Town(new Place(context.text().text().substring(hit.start(), hit.end()), hit.iso2()),
                hit.end());
    }

    /** A town named as a place, and where its name ends. */
    record Town(Place place, int end) {
    }

    /** The first town of the country named as a place in [start, end), no dateline; or null. */
    private Place townIn(ArticleContext context, String iso2, int start, int end) {
        CountryHit hit = townHit(context, iso2, start, end);
        return hit == null ? null : new Place(context.text().text().substring(hit.start(), hit.end()), hit.iso2());
    }

    /** The first town of the country (any, when null) named as a place in [start, end), no dateline; or null. */
    private CountryHit townHit(ArticleContext context, String iso2, int start, int end) {
        for (CountryHit hit : context.countriesNear(start, end)) {
            if (hit.start() >= start && hit.end() <= end && hit.place() && (iso2 == null || hit.iso2().equals(iso2))
                    && !context.insideOrganization(hit.start(), hit.end()) && !isDateline(context.text().text(), hit)) {
                return hit;
            }
        }
        return null;
    }

    /** A city opening a line, followed by "(", "-" or ",": where the article was written. */
    private static boolean isDateline(String text, CountryHit hit) {
        int before = hit.start();
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int after = hit.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return (before == 0 || text.charAt(before - 1) == '\n') && after < text.length() && "(-–,".indexOf(text.charAt(after)) >= 0;
    }

    /** The first city named as a place in [start, end), else the first country after "en", "au"…; or null. */
    Place find(ArticleContext context, int start, int end) {
        Place country = null;
        for (CountryHit hit : context.countriesNear(start, end)) {
            if (hit.start() < start || hit.end() > end) {
                continue;
            }
            if (hit.place() && !context.insideOrganization(hit.start(), hit.end())) {
                return new Place(context.text().text().substring(hit.start(), hit.end()), hit.iso2());
            }
            if (country == null && namesWhere(context, hit)) {
                // "dans la capitale égyptienne" names the country, not the town
                String name = hit.type() == MentionType.DEMONYM ? null : context.text().text().substring(hit.start(), hit.end());
                country = new Place(name, hit.iso2());
            }
        }
        return country;
    }

    /** The first country named after a locative in [start, end) ("en Irak", "au Sénégal"), no town's; or null. */
    String countryAfterLocative(ArticleContext context, int start, int end) {
        for (CountryHit hit : context.countriesNear(start, end)) {
            if (hit.start() >= start && hit.end() <= end && !context.insideOrganization(hit.start(), hit.end())
                    && isNameAfterLocative(context, hit)) {
                return hit.iso2();
            }
        }
        return null;
    }

    /**
     * Whether a country's name or demonym says where something happened: after a locative ("en Tanzanie"),
     * in brackets after a town ("à Chato (Tanzanie)"), or after a part of the country or a town in it that
     * a locative opens ("dans le nord-ouest de la Tanzanie", "dans la capitale égyptienne").
     */
    private boolean namesWhere(ArticleContext context, CountryHit hit) {
        String folded = context.folded();
        if (isNameAfterLocative(context, hit) || hit.type() == MentionType.NAME
                && Words.locatesATown(context.text().text(), folded, hit.start(), w -> cues.is(PartyCue.LOCATIVE, w))) {
            return true;
        }
        int at = hit.start();
        if (hit.type() == MentionType.NAME) {
            at = past(folded, at, WordRole.LOCATIVE_ARTICLE);
            int of = past(folded, at, WordRole.OF);
            if (of == at) {
                return false;
            }
            at = of;
        } else if (hit.type() != MentionType.DEMONYM) {
            return false;
        }
        int area = past(folded, at, WordRole.AREA);
        if (area == at) {
            return false;
        }
        while (cues.is(WordRole.AREA, Words.wordBefore(folded, area))) { // "nord-ouest", folded "nord ouest"
            area = Words.previousWordStart(folded, area);
        }
        at = past(folded, area, WordRole.LOCATIVE_ARTICLE);
        if (at == area) {
            at = past(folded, area, WordRole.DEFINITE_ARTICLE);
        }
        return cues.is(PartyCue.LOCATIVE, Words.wordBefore(folded, at));
    }

    /** "en Irak", "au Sénégal": a country's name right after a locative. */
    private boolean isNameAfterLocative(ArticleContext context, CountryHit hit) {
        return hit.type() == MentionType.NAME && cues.is(PartyCue.LOCATIVE, Words.wordBefore(context.folded(), hit.start()));
    }

    /** Where the word before {@code at} starts when it has the role, else {@code at}. */
    private int past(String folded, int at, WordRole role) {
        return cues.is(role, Words.wordBefore(folded, at)) ? Words.previousWordStart(folded, at) : at;
    }

    /** The article's first reported visit with its guest's country named; or null. */
    Hosting hosting(ArticleContext context) {
        List<Token> tokens = context.tokens();
        for (Sentence sentence : context.sentences()) {
            for (int t = context.firstTokenFrom(sentence.start()); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
                Token verb = tokens.get(t);
                if (!cues.is(WordRole.HOSTING_VERB, context.foldedWord(verb)) || !receivesAVisitor(context, t, sentence)) {
                    continue;
                }
                List<CountryHit> guests = statesWithin(context, verb.end(), sentence.end());
                if (!guests.isEmpty()) {
                    String guest = guests.get(0).iso2();
                    List<CountryHit> hosts = statesWithin(context, sentence.start(), verb.start());
                    String host = hosts.isEmpty() ? null : hosts.get(hosts.size() - 1).iso2();
                    return new Hosting(guest.equals(host) ? null : host, guest);
                }
            }
        }
        return null;
    }

    /** Where an agreement between {@code countries} was made, by the visit: the host's country, if a party. */
    Place hostCountry(ArticleContext context, Hosting hosting, Set<String> countries) {
        String host = hosting.hostIso2();
        if (host == null && countries.size() == 2 && countries.contains(hosting.guestIso2())) {
            host = countries.stream().filter(c -> !c.equals(hosting.guestIso2())).findFirst().orElseThrow();
        }
        if (host == null || !countries.contains(host)) {
            return null;
        }
        for (CountryHit hit : context.countriesNear(0, context.text().text().length())) {
            if (hit.iso2().equals(host) && (hit.type() == MentionType.NAME || hit.type() == MentionType.CAPITAL)) {
                return new Place(context.text().text().substring(hit.start(), hit.end()), host);
            }
        }
        return new Place(null, host);
    }

    /** "a reçu son homologue", "a accueilli le président", "a reçu la visite": a person or a visit follows the verb. */
    private boolean receivesAVisitor(ArticleContext context, int verb, Sentence sentence) {
        List<Token> tokens = context.tokens();
        int words = 0;
        for (int t = verb + 1; t < tokens.size() && tokens.get(t).start() < sentence.end() && words < VISIT_WINDOW; t++) {
            Token token = tokens.get(t);
            if (!token.isWord()) {
                continue;
            }
            words++;
            String word = context.foldedWord(token);
            if (cues.is(WordRole.VISIT_NOUN, word) || cues.is(WordRole.PERSON_TITLE, word)) {
                return true;
            }
        }
        return false;
    }

    /** The states named in [start, end), in reading order: no places, none inside an organization's name. */
    private static List<CountryHit> statesWithin(ArticleContext context, int start, int end) {
        return context.countriesNear(start, end).stream()
                .filter(hit -> hit.start() >= start && hit.end() <= end && !hit.place() && !context.insideOrganization(hit.start(), hit.end()))
                .toList();
    }
}
