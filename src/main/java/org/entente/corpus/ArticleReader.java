package org.entente.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Reads one corpus file into an {@link Article}: checks size and encoding, decodes UTF-8 (or
 * UTF-16 or UTF-32 with a byte-order mark), normalizes line ends, composes the text (NFC) and
 * parses the optional date header.
 */
public final class ArticleReader {
    /** Default largest file accepted, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Reads {@code file}, naming it {@code sourceFile} (its path under the corpus root). */
    public Article read(Path file, String sourceFile) throws CorpusException {
        return parse(readRaw(file, sourceFile));
    }

    /**
     * Reads the bytes of {@code file} and their SHA-256 without decoding them: enough to tell an
     * unchanged file, which then needs no decoding at all.
     */
    public RawFile readRaw(Path file, String sourceFile) throws CorpusException {
        byte[] bytes = readBytes(file, sourceFile);
        return new RawFile(sourceFile, bytes, sha256(bytes));
    }

    /** Decodes and parses what {@link #readRaw} read. */
    public Article parse(RawFile raw) throws CorpusException {
        String text = composed(decode(raw.bytes(), raw.sourceFile()).replace("\r\n", "\n").replace('\r', '\n'));
        if (text.isBlank()) {
            throw new CorpusException(raw.sourceFile(), raw.bytes().length == 0 ? "empty file" : "only whitespace");
        }
        return HeaderParser.parse(raw.sourceFile(), raw.sha256(), text);
    }

    private byte[] readBytes(Path file, String sourceFile) throws CorpusException {
        try {
            if (!Files.exists(file)) {
                throw new CorpusException(sourceFile, "file disappeared before it could be read");
            }
            if (!Files.isRegularFile(file)) {
                throw new CorpusException(sourceFile, "not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CorpusException(sourceFile, "file of " + size + " bytes is over the limit of "
                        + maxBytes + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CorpusException(sourceFile, "file disappeared before it could be read");
        } catch (IOException e) {
            throw new CorpusException(sourceFile, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** Stored text is NFC: a decomposed "é" (e and U+0301) is composed, as the extractor matches it. */
    private static String composed(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * UTF-8 strictly, its BOM dropped; UTF-32 and UTF-16 only with a BOM (UTF-32LE's, FF FE 00 00,
     * is tested before UTF-16LE's FF FE); anything with NUL bytes is binary, and text decoded with a
     * NUL character is refused, since PostgreSQL's text cannot hold it.
     */
    static String decode(byte[] b, String sourceFile) throws CorpusException {
        if (startsWith(b, 0xFF, 0xFE, 0, 0)) {
            return withoutNul(strictDecode(b, 4, Charset.forName("UTF-32LE"), sourceFile, "UTF-32"), sourceFile);
        }
        if (startsWith(b, 0, 0, 0xFE, 0xFF)) {
            return withoutNul(strictDecode(b, 4, Charset.forName("UTF-32BE"), sourceFile, "UTF-32"), sourceFile);
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
            return withoutNul(strictDecode(b, 0, StandardCharsets.UTF_16, sourceFile, "UTF-16"), sourceFile);
        }
        for (byte x : b) {
            if (x == 0) {
                throw new CorpusException(sourceFile, "binary content (NUL bytes), not a text article");
            }
        }
        int start = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        return strictDecode(b, start, StandardCharsets.UTF_8, sourceFile, "UTF-8");
    }

    private static boolean startsWith(byte[] b, int... mark) {
        if (b.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if (b[i] != (byte) mark[i]) {
                return false;
            }
        }
        return true;
    }

    private static String withoutNul(String text, String sourceFile) throws CorpusException {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new CorpusException(sourceFile, "text holds a NUL character (U+0000) at character " + nul
                    + ", which PostgreSQL cannot store");
        }
        return text;
    }

    private static String strictDecode(byte[] b, int start, Charset cs, String sourceFile,
                                       String name) throws CorpusException {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new CorpusException(sourceFile, "not valid " + name + " (bad byte sequence at byte "
                    + in.position() + "); convert it to UTF-8, for example with iconv -f WINDOWS-1252 -t UTF-8");
        } catch (CharacterCodingException e) {
            throw new CorpusException(sourceFile, "not valid " + name + ": " + e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
