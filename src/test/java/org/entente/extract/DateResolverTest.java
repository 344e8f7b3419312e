package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.entente.corpus.DatePrecision;
import org.entente.extract.model.Agreement;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final String SIGNED = "Le Niger et le Tchad ont signé un accord ";

    private static Agreement agreement(String when, LocalDate published, DatePrecision precision) {
        return Extracted.from(SIGNED + when + ".", published, precision).onlyAgreement();
    }

    @Test
    void dayAndMonthTakeTheYearOfPublication() {
        Agreement a = agreement("le 13 novembre", LocalDate.of(2024, 11, 1), DatePrecision.MONTH);
        assertEquals(LocalDate.of(2024, 11, 13), a.signedOn());
        assertEquals(DatePrecision.DAY, a.signedPrecision());
    }

    @Test
    void aSpanOfDatesInFiguresDatesNoEvent() {
        Agreement a = Extracted.from("Pour le centenaire du parti (10/10/1925 - 10/10/2025), le Niger et le Tchad ont "
                + "signé un accord le 10 octobre.", LocalDate.of(2025, 10, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2025, 10, 10), a.signedOn());
        assertEquals(DatePrecision.DAY, a.signedPrecision());
    }

    @Test
    void dayGluedToItsArticleIsStillADay() {
        assertEquals(LocalDate.of(2024, 5, 10), agreement("le10 mai", LocalDate.of(2024, 5, 1), DatePrecision.MONTH).signedOn());
    }

    @Test
    void dateInFiguresIsDayMonthYear() {
        Agreement a = agreement("le 12/03/2024", LocalDate.of(2024, 4, 1), DatePrecision.MONTH);
        assertEquals(LocalDate.of(2024, 3, 12), a.signedOn());
        assertEquals(DatePrecision.DAY, a.signedPrecision());
        // no such day: the month of publication, not a made-up date
        assertEquals(LocalDate.of(2024, 4, 1), agreement("le 31/02/2024", LocalDate.of(2024, 4, 1), DatePrecision.MONTH)
                .signedOn());
    }

    @Test
    void aDateToComeDatesNoSigningReported() {
        Agreement a = Extracted.from("Le Chili a annoncé que des vols avec le Pérou seront lancés dès le 16 mars 2018. "
                + "Les deux pays ont signé vingt accords de coopération.", LocalDate.of(2017, 10, 1), DatePrecision.MONTH)
                .onlyAgreement();
        assertEquals(LocalDate.of(2017, 10, 1), a.signedOn());
        assertEquals(DatePrecision.MONTH, a.signedPrecision());
    }

    @Test
    void decemberDateInAJanuaryArticleIsFromTheYearBefore() {
        assertEquals(LocalDate.of(2023, 12, 28),
                agreement("le 28 décembre", LocalDate.of(2024, 1, 1), DatePrecision.MONTH).signedOn());
    }

    @Test
    void rangeOfDaysGivesItsFirstDay() {
        assertEquals(LocalDate.of(2024, 6, 11), agreement("les 11-13 juin 2024", null, null).signedOn());
    }

    @Test
    void weekdayResolvesAgainstADayPrecisePublication() {
        Agreement a = agreement("dimanche", LocalDate.of(2024, 11, 20), DatePrecision.DAY);
        assertEquals(LocalDate.of(2024, 11, 17), a.signedOn());
        assertEquals(DatePrecision.DAY, a.signedPrecision());
    }

    @Test
    void weekdayGivesOnlyTheMonthAgainstAMonthPrecisePublication() {
        Agreement a = agreement("mardi dernier", LocalDate.of(2023, 7, 1), DatePrecision.MONTH);
        assertEquals(LocalDate.of(2023, 7, 1), a.signedOn());
        assertEquals(DatePrecision.MONTH, a.signedPrecision());
    }

    @Test
    void aWeekdayGivenWithItsDayTellsTheDayOfTheNearestOtherWeekdays() {
        LocalDate march = LocalDate.of(2019, 3, 1);
        assertEquals(LocalDate.of(2019, 3, 6), Extracted.from("Le président, arrivé mardi (05), a reçu son homologue. "
                + SIGNED + "mercredi.", march, DatePrecision.MONTH).onlyAgreement().signedOn(), "the day after, not a week before");
        assertEquals(LocalDate.of(2019, 3, 4), Extracted.from("Le président, arrivé mardi 5, a reçu son homologue. "
                + SIGNED + "lundi.", march, DatePrecision.MONTH).onlyAgreement().signedOn());
        assertEquals(DatePrecision.MONTH, Extracted.from("Le président, arrivé mardi 6, a reçu son homologue. "
                + SIGNED + "mercredi.", march, DatePrecision.MONTH).onlyAgreement().signedPrecision(),
                "the 6th of March 2019 is no Tuesday: no day to count from");
    }

    @Test
    void aLaterSentenceDatingTheDocumentInAnotherMonthTellsAnotherStep() {
        Agreement a = Extracted.from("Le Maroc et l'Union européenne ont signé lundi à Bruxelles un accord de pêche. "
                + "L'accord de pêche paraphé le 24 juillet dernier à Rabat renforce leur partenariat.",
                LocalDate.of(2019, 1, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2019, 1, 1), a.signedOn());
        assertEquals("BE", a.placeCountryIso2(), "where it was signed, not where it was initialled");
        assertEquals(LocalDate.of(2019, 1, 14), Extracted.from("Le Maroc et l'Union européenne ont signé un accord de "
                + "pêche. L'accord a été signé le 14 janvier à Bruxelles.", LocalDate.of(2019, 1, 1), DatePrecision.MONTH)
                .onlyAgreement().signedOn(), "the same month: its day");
    }

    @Test
    void aMonthAloneIsTheLastSuchMonthUpToPublication() {
        Agreement a = agreement("en février", LocalDate.of(2024, 3, 5), DatePrecision.DAY);
        assertEquals(LocalDate.of(2024, 2, 1), a.signedOn());
        assertEquals(DatePrecision.MONTH, a.signedPrecision());
        assertEquals(LocalDate.of(2023, 11, 1), agreement("fin novembre", LocalDate.of(2024, 1, 1), DatePrecision.MONTH).signedOn());
        assertEquals(LocalDate.of(2024, 11, 1), Extracted.from("Le Niger et le Tchad signeront un accord en novembre.",
                LocalDate.of(2024, 3, 5), DatePrecision.DAY).onlyAgreement().signedOn(), "a planned one looks ahead");
    }

    @Test
    void historyIsNoDateForAnAgreementThatGivesNone() {
        LocalDate published = LocalDate.of(2025, 3, 1);
        Agreement a = Extracted.from("Le Niger et le Tchad ont établi leurs relations le 12 juin 1998. "
                + "Le Niger et le Tchad ont signé un accord sur l'eau.", published, DatePrecision.MONTH).onlyAgreement();
        assertEquals(published, a.signedOn(), "the first date of the article is history: the month of publication");
        assertEquals(List.of("environment"), a.sectors(), "and the history lends no sector");
        Agreement b = Extracted.from("La cérémonie a eu lieu le 28 février. Le Niger et le Tchad ont signé un accord sur l'eau.",
                LocalDate.of(2025, 3, 10), DatePrecision.DAY).onlyAgreement();
        assertEquals(LocalDate.of(2025, 2, 28), b.signedOn(), "a recent first date still dates it");
    }

    @Test
    void hierIsTheDayBeforePublication() {
        assertEquals(LocalDate.of(2024, 3, 4), agreement("hier", LocalDate.of(2024, 3, 5), DatePrecision.DAY).signedOn());
    }

    @Test
    void withoutADateTheAgreementTakesThePublicationMonth() {
        Agreement a = agreement("de défense", LocalDate.of(2022, 5, 1), DatePrecision.MONTH);
        assertEquals(LocalDate.of(2022, 5, 1), a.signedOn());
        assertEquals(DatePrecision.MONTH, a.signedPrecision());
    }

    @Test
    void theDayAfterTheVerbBeatsTheDatelineOfItsSentence() {
        Agreement a = Extracted.from("Niamey, 9 mars (Agence) – Le Niger et le Tchad ont signé le 7 mars un accord de défense.",
                LocalDate.of(2021, 3, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2021, 3, 7), a.signedOn());
    }

    @Test
    void aDatelineAloneDatesItsSentence() {
        Agreement a = Extracted.from("Niamey, 9 mars 2021 [Agence] – Le Niger et le Tchad ont signé un accord de défense.",
                null, null).onlyAgreement();
        assertEquals(LocalDate.of(2021, 3, 9), a.signedOn());
        assertEquals(DatePrecision.DAY, a.signedPrecision());
    }

    @Test
    void aWeekdayCountsFromTheDatelineWhenPublicationHasNoDay() {
        String text = "NIAMEY, 12 févr. (Agence) -- Le président est arrivé dans la capitale.\n\n"
                + "Le Niger et le Tchad ont signé mercredi un accord de défense.";
        Agreement a = Extracted.from(text, LocalDate.of(2021, 2, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2021, 2, 10), a.signedOn());
        assertEquals(DatePrecision.DAY, a.signedPrecision());
    }

    @Test
    void aWeekdayNamedWithItsDayElsewhereTellsWhichDayItIs() {
        String text = "Le ministre sera à Niamey lundi 15 mars pour une visite de deux jours. "
                + "Le Niger et le Tchad ont signé lundi un accord de défense.";
        Agreement a = Extracted.from(text, LocalDate.of(2021, 3, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2021, 3, 15), a.signedOn());
    }

    @Test
    void aDatelineOfAnotherMonthIsNoReference() {
        String text = "NIAMEY, 28 janv. (Agence) -- Le président est arrivé.\n\n"
                + "Le Niger et le Tchad ont signé mercredi un accord de défense.";
        Agreement a = Extracted.from(text, LocalDate.of(2021, 2, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2021, 2, 1), a.signedOn());
        assertEquals(DatePrecision.MONTH, a.signedPrecision());
    }

    @Test
    void aWeekdayCountsFromThePagesPublicationStamp() {
        String text = "Accord de défense entre le Niger et le Tchad\n\nDate de publication : 12/06/2023\n\n"
                + "Le Niger et le Tchad ont signé jeudi un accord de défense.";
        Agreement a = Extracted.from(text, LocalDate.of(2023, 6, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2023, 6, 8), a.signedOn(), "the Thursday before the 12th");
        String updated = "Dernière mise à jour à 12h45 le 01/05\n\nLe Niger et le Tchad ont signé vendredi un accord de défense.";
        assertEquals(LocalDate.of(2022, 4, 29), Extracted.from(updated, LocalDate.of(2022, 5, 1), DatePrecision.MONTH)
                .onlyAgreement().signedOn(), "a stamp without its year, and a weekday in the month before");
        String alone = "Accord de défense entre le Niger et le Tchad\n\n6 juin 2015, 19:12\n\n"
                + "Le Niger et le Tchad ont signé samedi un accord de défense.";
        assertEquals(LocalDate.of(2015, 6, 6), Extracted.from(alone, LocalDate.of(2015, 6, 1), DatePrecision.MONTH)
                .onlyAgreement().signedOn(), "a line holding only a date and its hour");
        String commas = "Accord de défense entre le Niger et le Tchad\n\nvendredi, 12 juin, 2015 à 09:40\n\n"
                + "Le Niger et le Tchad ont signé mercredi un accord de défense.";
        assertEquals(LocalDate.of(2015, 6, 10), Extracted.from(commas, LocalDate.of(2015, 6, 1), DatePrecision.MONTH)
                .onlyAgreement().signedOn(), "a weekday, a day, a month and a year with commas between");
        String figures = "[23/12/2008 18:30:05] NIAMEY (Agence)\n\nLe Niger a signé mardi un accord de défense avec le Tchad.";
        Agreement stamped = Extracted.from(figures, LocalDate.of(2008, 12, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2008, 12, 23), stamped.signedOn(), "a line opening on a date in figures and its hour");
    }

    @Test
    void aPublicationStampDatesNoAgreement() {
        String text = "Date de publication : 12/06/2023\n\nLe Niger et le Tchad ont signé un accord de défense.";
        Agreement a = Extracted.from(text, LocalDate.of(2023, 6, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(DatePrecision.MONTH, a.signedPrecision(), "the day the page came out is not the day of signing");
    }

    @Test
    void aDateFarAfterTheAgreementDatesWhatTheArticleTellsNext() {
        String text = "Le Niger et le Tchad ont signé une déclaration commune sur l'énergie. Les échanges ont doublé.\n\n"
                + "Le gaz manque depuis des années. En janvier 2022, les exportations ont atteint un record.";
        Agreement a = Extracted.from(text, LocalDate.of(2022, 4, 1), DatePrecision.MONTH).onlyAgreement();
        assertEquals(LocalDate.of(2022, 4, 1), a.signedOn(), "the month of publication, not January");
    }
}
