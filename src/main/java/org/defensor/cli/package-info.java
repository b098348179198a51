/** The {@code defensor} command line: serve, import, export, backup, restore, reindex, user, generate, bench, communications, letter. */
package org.defensor.cli;
