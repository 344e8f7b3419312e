package org.entente.corpus;

import static org.entente.testing.MarkedText.withMark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Encodings with a byte-order mark, NUL characters, decomposed text and implausible header dates. */
class ArticleDecodingTest {
    private static final String TEXT = " date 2025-01 Le Maroc et le Nigeria ont signé un accord.";
    private static final String BODY = "Le Maroc et le Nigeria ont signé un accord.";

    private static Article parse(byte[] bytes) throws CorpusException {
        return new ArticleReader().parse(new RawFile("a.txt", bytes, "0".repeat(64)));
    }


    @Test
    void utf32LittleEndianWithItsMarkIsDecodedNotReadAsUtf16() throws Exception {
        assertEquals(BODY, parse(withMark(TEXT, "UTF-32LE", 0xFF, 0xFE, 0, 0)).text());
    }

    @Test
    void utf32BigEndianWithItsMarkIsDecoded() throws Exception {
        assertEquals(BODY, parse(withMark(TEXT, "UTF-32BE", 0, 0, 0xFE, 0xFF)).text());
    }

    @Test
    void utf16HoldingANulCharacterIsRefusedWithItsPlace() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> parse(withMark("Le Maroc\u0000 et le Nigeria", "UTF-16LE", 0xFF, 0xFE)));
        assertEquals("text holds a NUL character (U+0000) at character 8, which PostgreSQL cannot store", e.reason());
    }

    @Test
    void decomposedTextIsStoredComposed() throws Exception {
        String nfd = "Le Se\u0301ne\u0301gal et la Mauritanie ont signe\u0301 un accord.";
        assertEquals("Le Sénégal et la Mauritanie ont signé un accord.",
                parse(nfd.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void headerDatesOutsideThePlausibleYearsAreRefused() {
        int last = Year.now().getValue() + 10;
        for (String year : new String[] {"0000", "1899", "9999", String.valueOf(last + 1)}) {
            CorpusException e = assertThrows(CorpusException.class,
                    () -> parse((" date " + year + "-01 Texte.").getBytes(StandardCharsets.UTF_8)));
            assertEquals("implausible date header '" + year + "-01' (accepted: years 1900 to " + last + ")",
                    e.reason());
        }
    }

    @Test
    void headerDatesAtTheEdgesOfThePlausibleYearsAreKept() throws Exception {
        int last = Year.now().getValue() + 10;
        assertEquals(1900, parse(" date 1900-01 Texte.".getBytes(StandardCharsets.UTF_8)).publishedOn().getYear());
        assertEquals(last, parse((" date " + last + "-12 Texte.").getBytes(StandardCharsets.UTF_8))
                .publishedOn().getYear());
    }
}
