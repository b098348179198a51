/** The {@code defensor} command line: serve, import, export, reindex, user, generate, bench, communications, letter. */
package org.defensor.cli;
