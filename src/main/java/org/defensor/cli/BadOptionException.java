package org.defensor.cli;

import java.util.List;

/** Bad input on the command line, refused before anything changed: each problem names the option and why. */
final class BadOptionException extends RuntimeException {

    /** The exit code of a command refused for bad input, as picocli's for a malformed command line. */
    static final int EXIT = 2;

    private final List<String> problems;

    BadOptionException(String option, String reason) {
        this(List.of(option + ": " + reason));
    }

    BadOptionException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Refuses {@code value} of {@code option} below {@code least}. */
    static void requireAtLeast(String option, long value, long least) {
        if (value < least) {
            throw new BadOptionException(option, "must be at least " + least);
        }
    }

    List<String> problems() {
        return problems;
    }
}
