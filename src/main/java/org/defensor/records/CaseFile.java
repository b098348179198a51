package org.defensor.records;

import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.UUID;

/**
 * The case file of a person or organisation: every incident concerning them in date order, and
 * what the pages need to show them (names of everyone referenced, the sources, the provisions), and
 * what States were asked and answered about each incident.
 */
public record CaseFile(String kind, UUID id, String name, List<IncidentData> incidents, References references,
                       Map<UUID, StateResponses.OnIncident> stateResponses) {}
