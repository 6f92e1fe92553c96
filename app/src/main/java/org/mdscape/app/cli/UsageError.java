package org.mdscape.app.cli;

/** Bad input on the command line: printed as one line, exit code 2, nothing written. */
final class UsageError extends RuntimeException {
    UsageError(String option, String message) {
        super(option + ": " + message);
    }
}
