package org.entente.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses short durations such as 30s, 15m, 2h, 1d (or ISO-8601 PT15M) and prints them as people write them. */
final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    static Duration parse(String text) {
        Matcher m = SHORT.matcher(text.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (a number and a unit: 500ms, 30s, "
                    + "15m, 2h, 1d)");
        }
    }

    /** "0.4 s", "5.7 s", "30 s", "2 min 5 s", "15 min", "1 h 30 min", "2 d 3 h". */
    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 60_000 && ms >= 1000 && ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = d.toSeconds();
        long days = s / 86_400;
        long hours = s % 86_400 / 3600;
        long minutes = s % 3600 / 60;
        long seconds = s % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        return minutes + " min" + (seconds > 0 ? " " + seconds + " s" : "");
    }
}
