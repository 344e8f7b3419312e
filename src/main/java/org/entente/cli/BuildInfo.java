package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.entente.extract.FrenchExtractor;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the jar's version, the extraction rules' version and the commit it was built from. */
final class BuildInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/entente/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // Not built by Maven: version and commit unknown.
        }
        String commit = build.getProperty("commit", "unknown");
        return new String[] {
            "entente " + build.getProperty("version", "unknown"),
            "rules " + new FrenchExtractor().rulesVersion(),
            "commit " + commit.replace("-dirty", " (with uncommitted changes)")
        };
    }
}
