/** The {@code defensor} command line: serve, import, export, reindex, user, generate, bench. */
package org.defensor.cli;
