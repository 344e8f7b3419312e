package org.entente.testing;

import java.nio.charset.Charset;

/** Text encoded in a charset behind a byte-order mark of the test's choosing (right, wrong or none). */
public final class MarkedText {
    private MarkedText() {
    }

    public static byte[] withMark(String text, String charset, int... mark) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] all = new byte[mark.length + body.length];
        for (int i = 0; i < mark.length; i++) {
            all[i] = (byte) mark[i];
        }
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }
}
