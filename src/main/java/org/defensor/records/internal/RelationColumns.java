package org.defensor.records.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.defensor.records.RelationKind;

/** A relation from one incident to another. */
@Embeddable
public record RelationColumns(@Column(name = "related_incident_id") UUID incidentId, @Enumerated(EnumType.STRING) RelationKind kind) {}
