package org.entente.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** File names as text: bytes that are not UTF-8 written as {@code \xHH}, and names made safe to print. */
public final class FileNames {
    private FileNames() {
    }

    /** Decodes UTF-8, writing each byte of a malformed sequence as {@code \xHH}. */
    static String decodeEscaped(ByteBuffer bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.remaining() * 4 + 4);
        while (true) {
            CoderResult r = decoder.decode(bytes, out, true);
            if (r.isUnderflow()) {
                break;
            }
            for (int i = 0; i < r.length(); i++) {
                out.put(String.format("\\x%02x", bytes.get() & 0xff));
            }
        }
        return out.flip().toString();
    }

    /**
     * The name with control, format (bidirectional overrides, zero-width) and line-separator
     * characters written as {@code \xHH} or {@code \\u{HHHH}}, so that printing a name can never
     * move a terminal's cursor, change its colours or reorder what follows.
     */
    public static String printable(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int type = Character.getType(cp);
            boolean unsafe = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE || type == Character.UNASSIGNED;
            if (unsafe && out == null) {
                out = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (out != null) {
                if (!unsafe) {
                    out.appendCodePoint(cp);
                } else if (cp < 0x100) {
                    out.append(String.format("\\x%02x", cp));
                } else {
                    out.append(String.format("\\u{%04x}", cp));
                }
            }
            i += Character.charCount(cp);
        }
        return out == null ? name : out.toString();
    }
}
