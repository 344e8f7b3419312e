package org.entente.extract.agreement;

import org.entente.extract.country.CountryGazetteer;
import org.entente.extract.country.CountryHit;
import org.entente.extract.model.MentionType;
import org.entente.extract.text.Words;

/** Finds where something happened: "à Lima", "à Vientiane, au Laos", "en Lituanie". */
final class PlaceResolver {

    /** A place as written and its country. */
    public record Place(String name, String iso2) {
    }

    private final AgreementCues cues;

    PlaceResolver(AgreementCues cues) {
        this.cues = cues;
    }

    /** The first city named as a place in [start, end), a dateline ("Hanoï (VNA) -") only when there is no other; or null. */
    Place cityIn(ArticleContext context, int start, int end) {
        Place dateline = null;
        for (CountryHit hit : context.countriesNear(start, end)) {
            if (hit.place() && hit.start() >= start && hit.end() <= end && !insideOrganization(context, hit)) {
                Place place = new Place(context.text().text().substring(hit.start(), hit.end()), hit.iso2());
                if (!isDateline(context.text().text(), hit)) {
                    return place;
                }
                dateline = dateline == null ? place : dateline;
            }
        }
        return dateline;
    }

    /** "Organisation de coopération de Shanghai": a city in an organization's name is no place. */
    private static boolean insideOrganization(ArticleContext context, CountryHit hit) {
        return context.organizationsNear(hit.start(), hit.end()).stream()
                .anyMatch(o -> o.start() <= hit.start() && hit.end() <= o.end());
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
            if (hit.place() && !insideOrganization(context, hit)) {
                return new Place(context.text().text().substring(hit.start(), hit.end()), hit.iso2());
            }
            if (country == null && hit.type() == MentionType.NAME
                    && cues.is("locative", Words.wordBefore(context.folded(), hit.start()))) {
                country = new Place(context.text().text().substring(hit.start(), hit.end()), hit.iso2());
            }
        }
        return country;
    }
}
