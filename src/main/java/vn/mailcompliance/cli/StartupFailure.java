package vn.mailcompliance.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.context.properties.bind.BindException;

import vn.mailcompliance.directory.DirectoryUnavailableException;
import vn.mailcompliance.settings.OperatorFileException;
import vn.mailcompliance.shared.Secrets;

/** Turns an exception that stopped the application into one clear sentence, never with a secret in it. */
record StartupFailure(String message, boolean configuration) {

    static StartupFailure explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UsageException usage) {
                return new StartupFailure(usage.getMessage(), true);
            }
            if (cause instanceof BindException bind) {
                return new StartupFailure(SettingsCheck.describe(bind), true);
            }
            if (cause instanceof OperatorFileException operatorFile) {
                return new StartupFailure(operatorFile.getMessage(), true);
            }
            if (cause instanceof DirectoryUnavailableException directory) {
                return new StartupFailure(directory.getMessage(), true);
            }
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return new StartupFailure("Cannot reach the product's database (spring.datasource.url): "
                        + Secrets.redact(rootMessage(sql))
                        + ". Check the host, port and credentials in jobs/compliance.yml or the environment.", true);
            }
        }
        return new StartupFailure("Failed: " + Secrets.redact(rootMessage(failure)), false);
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && state.startsWith("08")) {
            return true;
        }
        for (Throwable cause = sql; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return state != null && state.equals("28000");
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
