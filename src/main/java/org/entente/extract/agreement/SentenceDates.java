package org.entente.extract.agreement;

import java.time.LocalDate;
import org.entente.corpus.DatePrecision;
import org.entente.corpus.PlausibleDates;
import org.entente.extract.text.Sentence;

/**
 * The dates an article's sentences give, read against its publication: resolved relative to it,
 * plausible, and told apart as this news, history or what is to come.
 */
final class SentenceDates {
    /** Days before publication past which a date is history, not this news: "le 28 décembre" of a January article is not. */
    private static final int RECENT_DAYS = 183;

    private final DateResolver dateResolver;

    SentenceDates(DateResolver dateResolver) {
        this.dateResolver = dateResolver;
    }

    /** The sentence's date, when it is plausible. */
    ResolvedDate in(ArticleContext context, Sentence sentence) {
        return plausible(context, dateResolver.find(context.folded(), sentence.start(), sentence.end(),
                referenceDay(context), referencePrecision(context)));
    }

    /** The sentence's date, a month alone dating what it reports as {@code done} ("ont signé en février"). */
    ResolvedDate in(ArticleContext context, Sentence sentence, boolean done) {
        return plausible(context, dateResolver.find(context.folded(), sentence.start(), sentence.end(),
                referenceDay(context), referencePrecision(context), done));
    }

    /** The date after a verb of what is to come ("devraient signer en novembre …"), when it is plausible. */
    ResolvedDate planned(ArticleContext context, int verbStart, Sentence sentence) {
        return plausible(context, dateResolver.findPlanned(context.folded(), verbStart, sentence.end(),
                referenceDay(context), referencePrecision(context)));
    }

    /** Whether a date lies more than {@value #RECENT_DAYS} days before the article's publication. */
    static boolean isLongBefore(ArticleContext context, ResolvedDate date) {
        return date != null && context.published() != null
                && date.date().isBefore(context.published().minusDays(RECENT_DAYS));
    }

    /** Whether a date falls after the month of publication: no signing reported then can be dated so. */
    static boolean isAfterPublication(ArticleContext context, ResolvedDate date) {
        return date != null && context.published() != null
                && date.date().isAfter(context.published().withDayOfMonth(1).plusMonths(1).minusDays(1));
    }

    private static LocalDate referenceDay(ArticleContext context) {
        return context.reference() == null ? null : context.reference().date();
    }

    private static DatePrecision referencePrecision(ArticleContext context) {
        return context.reference() == null ? null : context.reference().precision();
    }

    /** "signé le 3 mars 0000": a date outside {@link PlausibleDates} is dropped, with a note saying so. */
    private static ResolvedDate plausible(ArticleContext context, ResolvedDate date) {
        if (date == null || PlausibleDates.contains(date.date())) {
            return date;
        }
        context.notes().add("date " + date.date() + " dropped: outside the plausible " + PlausibleDates.describe());
        return null;
    }
}
