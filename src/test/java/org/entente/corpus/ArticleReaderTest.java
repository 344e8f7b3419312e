package org.entente.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private Article read(byte[] bytes) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.write(f, bytes);
        return new ArticleReader(1000).read(f, "a.txt");
    }

    private Article read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private CorpusException failure(byte[] bytes) {
        return assertThrows(CorpusException.class, () -> read(bytes));
    }

    @Test
    void dateHeaderGivesMonthAndTheRestOfTheLineStartsTheText() throws Exception {
        Article a = read(" date 2024-11 Photo : Agence\n\nLe Maroc et le Sénégal ont signé un accord.");
        assertEquals(LocalDate.of(2024, 11, 1), a.publishedOn());
        assertEquals(DatePrecision.MONTH, a.publishedPrecision());
        assertTrue(a.text().startsWith("Photo : Agence\n"));
        assertEquals("Le Maroc et le Sénégal ont signé un accord.", a.title());
    }

    @Test
    void dayPrecisionHeaderIsKept() throws Exception {
        Article a = read("date 2025-02-14 Titre\ncorps");
        assertEquals(LocalDate.of(2025, 2, 14), a.publishedOn());
        assertEquals(DatePrecision.DAY, a.publishedPrecision());
    }

    @Test
    void withoutHeaderThereIsNoDateAndTheFirstLineIsTheTitle() throws Exception {
        Article a = read("Le Kenya mise sur le solaire\n\nNairobi a annoncé un plan.");
        assertNull(a.publishedOn());
        assertEquals("Le Kenya mise sur le solaire", a.title());
        assertTrue(a.text().startsWith("Le Kenya"));
    }

    @Test
    void crlfLineEndsBecomeLf() throws Exception {
        Article a = read(" date 2023-07 Titre\r\n\r\nPremier paragraphe.\r\nSecond.");
        assertEquals("Titre\n\nPremier paragraphe.\nSecond.", a.text());
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] body = " date 2024-01 Été".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = read(withBom);
        assertEquals("Été", a.text());
        assertEquals(LocalDate.of(2024, 1, 1), a.publishedOn());
    }

    @Test
    void sentencesGluedWithoutASpaceAreKeptAsWritten() throws Exception {
        Article a = read("minéraux stratégiques.Cette ambition figure dans la déclaration.");
        assertEquals("minéraux stratégiques.Cette ambition figure dans la déclaration.", a.text());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        Article a = read("\uFEFF date 2024-03 Accord signé".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Accord signé", a.text());
    }

    @Test
    void invalidUtf8IsRejectedWithTheByteOffset() {
        CorpusException e = failure(new byte[] {'a', 'b', (byte) 0xE9, 't', 'e'});
        assertTrue(e.reason().contains("not valid UTF-8"), e.reason());
        assertTrue(e.getMessage().startsWith("a.txt: "));
    }

    @Test
    void emptyAndBlankFilesAreRejected() {
        assertEquals("empty file", failure(new byte[0]).reason());
        assertEquals("only whitespace", failure(" \n\t\n".getBytes(StandardCharsets.UTF_8)).reason());
    }

    @Test
    void nulBytesMeanBinaryContent() {
        assertTrue(failure(new byte[] {'P', 'K', 3, 4, 0, 0}).reason().startsWith("binary content"));
    }

    @Test
    void malformedDateHeaderIsRejected() {
        assertTrue(failure(" date 2024-13 Titre".getBytes(StandardCharsets.UTF_8)).reason()
                .startsWith("malformed date header"));
        assertTrue(failure(" date 24-1 Titre".getBytes(StandardCharsets.UTF_8)).reason()
                .startsWith("malformed date header"));
    }

    @Test
    void headerWithoutTextIsRejected() {
        assertEquals("date header with no article text",
                failure(" date 2024-11  \n\n".getBytes(StandardCharsets.UTF_8)).reason());
    }

    @Test
    void fileOverTheSizeLimitIsRejected() {
        assertTrue(failure(new byte[1001]).reason().contains("over the limit of 1000 bytes"));
    }

    @Test
    void missingFileIsReportedAsDisappeared() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> new ArticleReader().read(dir.resolve("gone.txt"), "gone.txt"));
        assertTrue(e.reason().contains("not a regular file") || e.reason().contains("disappeared"));
    }

    @Test
    void shaIsOfTheFileBytes() throws Exception {
        assertEquals(ArticleReader.sha256("x y".getBytes(StandardCharsets.UTF_8)), read("x y").sha256());
        assertEquals(2, read("x y").wordCount());
    }

    @Test
    void wordCountCountsRunsOfLetters() throws IOException, Exception {
        assertEquals(7, read("L'accord a été signé à Lima.").wordCount());
    }
}
