package org.entente.db;

import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns a failed connection into a message that says what to do. */
final class ConnectionAdvice {
    private ConnectionAdvice() {
    }

    static String of(SQLException e, boolean userGiven) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage() + " (check the host name in --jdbc-url)";
            }
        }
        String message = String.valueOf(e.getMessage());
        if (!userGiven && message.contains("role \"") && message.contains("does not exist")) {
            return message + "; no database user was given, so the operating-system user ("
                    + System.getProperty("user.name") + ") was tried: pass --user USER or set ENTENTE_USER";
        }
        if (!userGiven && "28P01".equals(e.getSQLState())) {
            return message + "; no database user was given: pass --user USER or set ENTENTE_USER";
        }
        return message;
    }
}
