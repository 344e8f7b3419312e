package org.entente.reporting;

/** A report parameter's value is not of its type or not in its domain; the message names both. */
public final class ReportParameterException extends IllegalArgumentException {
    public ReportParameterException(String message) {
        super(message);
    }
}
