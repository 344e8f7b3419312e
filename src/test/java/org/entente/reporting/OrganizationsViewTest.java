package org.entente.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.entente.reload.ReloadProgress;
import org.entente.reload.ReloadService;
import org.entente.corpus.ArticleReader;
import org.entente.extract.FrenchExtractor;
import org.entente.testing.DatabaseTest;
import org.entente.testing.SyntheticCorpus;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reporting.organizations lists the organizations the loaded articles still name, and no others. */
@DatabaseTest
class OrganizationsViewTest {
    private static final String ADB = "Banque asiatique de développement";
    private final TestDatabase db;

    OrganizationsViewTest(TestDatabase db) {
        this.db = db;
    }

    private long count(String sql) {
        return db.query(dsl -> dsl.resultQuery(sql).fetchOne(0, Long.class));
    }

    private void reload(Path corpus) throws Exception {
        new ReloadService(db.warehouse(), new FrenchExtractor(), new ArticleReader(), ReloadProgress.NONE)
                .reload(corpus, Duration.ZERO);
    }

    @Test
    void anOrganizationWhoseLastArticleIsRemovedLeavesTheViewAndItsMarts(@TempDir Path corpus) throws Exception {
        db.empty();
        // Enough other files that removing one stays a small share of the warehouse.
        SyntheticCorpus.write(corpus, 4);
        Path only = corpus.resolve("only-adb.txt");
        Files.writeString(only, " date 2024-03\nLa " + ADB + " et le Pérou ont signé un accord de prêt à Lima le "
                + "3 mars 2024.\n");
        reload(corpus);
        String inView = "select count(*) from reporting.organizations where organization_name = '" + ADB + "'";
        String inActivity = "select count(*) from reporting.organization_activity where organization_name = '"
                + ADB + "'";
        assertEquals(1, count(inView));
        assertEquals(1, count(inActivity));

        Files.delete(only);
        reload(corpus);
        assertEquals(0, count(inView));
        assertEquals(0, count(inActivity));
        assertEquals(1, count("select count(*) from core.organization where name = '" + ADB + "'"));
        assertEquals(count("""
                select count(*) from (select organization_id from core.article_organization
                                      union select organization_id from core.agreement_party
                                      where organization_id is not null) named"""),
                count("select count(*) from reporting.organizations"));
    }

    @Test
    void oneArticlesViewsNameAnOrganizationAsItWritesItAndTheCanonicalNameBeside(@TempDir Path corpus) throws Exception {
        db.empty();
        Files.writeString(corpus.resolve("written.txt"), " date 2024-03\nLe constructeur Dongfeng Motor Corporation et "
                + "la Banque asiatique de développement ont signé un accord de prêt à Lima le 3 mars 2024.\n");
        Files.writeString(corpus.resolve("acronym.txt"), " date 2024-03\nLa BAsD et le Pérou ont signé un accord de prêt "
                + "à Lima le 3 mars 2024.\n");
        reload(corpus);
        assertEquals(1, count("select count(*) from reporting.article_organizations where source_file = 'written.txt' "
                + "and organization_name = 'Dongfeng Motor Corporation' and canonical_name = 'Dongfeng'"));
        assertEquals(1, count("select count(*) from reporting.agreement_parties p join reporting.agreements g "
                + "using (agreement_id) where g.source_file = 'written.txt' "
                + "and p.organization_name = 'Dongfeng Motor Corporation' and p.canonical_name = 'Dongfeng'"));
        assertEquals(1, count("select count(*) from reporting.article_organizations where source_file = 'acronym.txt' "
                + "and organization_name = '" + ADB + "'"), "the acronym alone: the canonical name");
        assertEquals(1, count("select count(*) from reporting.organizations where organization_name = 'Dongfeng'"));
    }
}
