package org.entente.extract.text;

/**
 * The key of an organization's name, shared by the extractor (one record per organization in an
 * article) and the loader (one row per organization): folded as the text is, each run of characters
 * that are not letters, digits, {@code &} or {@code +} one space, trimmed. "Møller" and "MØLLER" share
 * "møller"; a name in another script keeps its letters, so it never keys to the empty string.
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        String folded = TextNormalizer.fold(name);
        StringBuilder key = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '&' || c == '+') {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                key.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }
}
