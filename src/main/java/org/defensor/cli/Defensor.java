package org.defensor.cli;

import picocli.CommandLine;

/** Entry point of the {@code defensor} launcher. */
public final class Defensor {
    private Defensor() {}

    public static void main(String[] args) {
        int exit;
        try {
            exit = DefensorCommand.commandLine().execute(args);
        } catch (Error e) {
            // picocli handles exceptions; an Error (out of memory, a broken installation) still ends the process.
            System.err.println("defensor: " + e);
            exit = 1;
        }
        // serve keeps running in its own threads and returns -1 from here.
        if (exit >= 0) {
            System.exit(exit);
        }
    }
}
