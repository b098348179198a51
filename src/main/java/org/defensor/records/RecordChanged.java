package org.defensor.records;

import java.util.UUID;

/**
 * Published, in the writer's transaction, after a record was updated or deleted, so that what is
 * derived from it (a communication's level, the index documents of incidents naming a party) follows.
 *
 * @param kind "person", "organisation", "source" or "incident"
 */
public record RecordChanged(String kind, UUID id) {}
