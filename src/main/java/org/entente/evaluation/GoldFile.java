package org.entente.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A gold file: JSON Lines, one annotated article a line, as the project's annotation guide describes. */
public final class GoldFile {
    private GoldFile() {
    }

    /** The articles of {@code file}; fails naming the file and line of anything that is not an article. */
    public static List<JsonNode> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> articles = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode article;
            try {
                article = json.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new IOException(file + ":" + (i + 1) + ": not JSON: " + e.getOriginalMessage(), e);
            }
            if (!article.path("file").isTextual()) {
                throw new IOException(file + ":" + (i + 1) + ": an article needs a \"file\" name");
            }
            articles.add(article);
        }
        return articles;
    }
}
