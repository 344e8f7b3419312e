package org.entente.reload;

import java.util.function.Supplier;
import org.entente.corpus.Article;
import org.entente.extract.model.Extraction;
import org.entente.extract.Extractor;

/**
 * An extractor whose rules version is known in advance (the last run's, same jar) and which is
 * built only when a file needs extracting: a reload with nothing to extract never loads the rules.
 */
final class LazyExtractor implements Extractor {
    private final Supplier<Extractor> build;
    private final String rulesVersion;
    private volatile Extractor built;

    LazyExtractor(Supplier<Extractor> build, String rulesVersion) {
        this.build = build;
        this.rulesVersion = rulesVersion;
    }

    @Override
    public String rulesVersion() {
        return rulesVersion;
    }

    @Override
    public Extraction extract(Article article) {
        return built().extract(article);
    }

    private Extractor built() {
        Extractor e = built;
        if (e == null) {
            synchronized (this) {
                if (built == null) {
                    Extractor fresh = build.get();
                    if (!fresh.rulesVersion().equals(rulesVersion)) {
                        throw new IllegalStateException("the rules are " + fresh.rulesVersion() + ", not "
                                + rulesVersion + " as the jar's stamp promised: rerun with --verify");
                    }
                    built = fresh;
                }
                e = built;
            }
        }
        return e;
    }
}
