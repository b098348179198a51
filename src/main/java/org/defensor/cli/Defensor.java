package org.defensor.cli;

import picocli.CommandLine;

/** Entry point of the {@code defensor} launcher. */
public final class Defensor {
    private Defensor() {}

    public static void main(String[] args) {
        int exit = DefensorCommand.commandLine().execute(args);
        // serve keeps running in its own threads and returns -1 from here.
        if (exit >= 0) {
            System.exit(exit);
        }
    }
}
