package org.entente.db;

import java.util.regex.Pattern;

/** Hides passwords in JDBC URLs and in any text that may quote one, before it is printed. */
public final class Secrets {
    static final String MASK = "***";
    // password=... up to the next parameter separator; also sslpassword=, sslkeypassword= and any case.
    private static final Pattern URL_PARAMETER = Pattern.compile("(?i)(\\b[a-z]*password=)[^&\\s'\"),]*");
    // scheme://user:password@host: the password is what lies between the first ':' and the last '@' of the authority.
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s?#'\"]*:)[^/\\s?#'\"]*@");

    private Secrets() {
    }

    /** {@code text} with every {@code password=VALUE} parameter and every {@code user:password@} replaced by ***. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String hidden = URL_PARAMETER.matcher(text).replaceAll("$1" + MASK);
        return USER_INFO.matcher(hidden).replaceAll("$1" + MASK + "@");
    }
}
