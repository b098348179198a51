package org.defensor.communications;

import java.util.UUID;

/** Filters of communication lists; null means any. {@code overdue} keeps only the overdue ones. */
public record CommunicationFilter(String country, UUID mandateId, CommunicationType type, Integer year,
                                  CommunicationStatus status, boolean overdue) {

    public static final CommunicationFilter ANY = new CommunicationFilter(null, null, null, null, null, false);
}
