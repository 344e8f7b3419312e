package org.entente.extract.model;

import java.time.Duration;

/** An article whose extraction ran past its time limit: that article fails, the others go on. */
public final class ExtractionTimeoutException extends RuntimeException {
    public ExtractionTimeoutException(Duration limit) {
        super("extraction took longer than " + (limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s"
                : limit.toMillis() + " ms"));
    }
}
