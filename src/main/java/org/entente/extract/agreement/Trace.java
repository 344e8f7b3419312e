package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Why the extractor decided what it did about agreements, kept only when asked ({@code extract
 * --explain}): the candidates it dropped and the reason. Each kept agreement carries its own reasons.
 */
public final class Trace {
    private final boolean on;
    private final List<String> dropped = new ArrayList<>();

    private Trace(boolean on) {
        this.on = on;
    }

    public static Trace off() {
        return new Trace(false);
    }

    public static Trace on() {
        return new Trace(true);
    }

    public boolean isOn() {
        return on;
    }

    /** A candidate agreement left aside: its trigger, its sentence and why. */
    void dropped(String trigger, int sentenceIndex, String why) {
        if (on) {
            dropped.add("'" + trigger + "' in sentence " + (sentenceIndex + 1) + ": " + why);
        }
    }

    /** Parties as people read them: a country code, or an organization's name. */
    public static String label(java.util.Collection<org.entente.extract.model.Party> parties) {
        return parties.stream().map(p -> p.countryIso2() != null ? p.countryIso2() : p.organization().name()).toList()
                .toString();
    }

    /** Adds to {@code how} (when not null) that a rule found {@code found}, if it found any. */
    static void note(List<String> how, List<org.entente.extract.model.Party> found, String rule) {
        if (how != null && !found.isEmpty()) {
            how.add(label(found) + " " + rule);
        }
    }

    public List<String> dropped() {
        return List.copyOf(dropped);
    }
}
