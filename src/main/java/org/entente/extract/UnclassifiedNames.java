package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.agreement.ArticleContext;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Token;

/** Capitalized multiword names that are neither a country nor an organization, to grow the gazetteers. */
final class UnclassifiedNames {
    /** Capitalized at the start of a sentence but not part of a name. */
    private final Set<String> leadingWords;

    UnclassifiedNames(RuleFiles rules) {
        leadingWords = rules.words(WordRole.SENTENCE_OPENER);
    }

    List<String> find(ArticleContext context) {
        Set<String> names = new LinkedHashSet<>();
        List<Token> tokens = context.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()
                    && !tokens.get(end).text().endsWith("'") && (end == i || sameLine(context, tokens.get(end - 1), tokens.get(end)))) {
                end++;
            }
            int first = i < end && leadingWords.contains(tokens.get(i).text()) ? i + 1 : i;
            if (end - first >= 2 && !isClassified(context, tokens.get(first).start(), tokens.get(end - 1).end())) {
                names.add(context.text().text().substring(tokens.get(first).start(), tokens.get(end - 1).end()));
            }
            i = Math.max(end, i + 1);
        }
        return new ArrayList<>(names);
    }

    private static boolean sameLine(ArticleContext context, Token before, Token after) {
        return context.text().text().substring(before.end(), after.start()).indexOf('\n') < 0;
    }

    private static boolean isClassified(ArticleContext context, int start, int end) {
        return context.countriesNear(start, end).stream().anyMatch(c -> c.start() < end && start < c.end())
                || context.organizationsNear(start, end).stream().anyMatch(o -> o.start() < end && start < o.end());
    }
}
