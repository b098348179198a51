package org.defensor.recommendations;

import java.util.UUID;

/** A recommendation a record bears on, as that record's page shows it: which, through which link, with its note. */
public record Bearing(UUID recommendationId, String label, String text, Position position, ImplementationStatus latestStatus,
                      UUID evidenceId, String note) {}
