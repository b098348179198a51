package org.defensor.recommendations.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.defensor.recommendations.EvidenceKind;
import org.defensor.recommendations.EvidenceTargets;
import org.defensor.records.Classification;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.ProceedingData;
import org.defensor.records.SourceData;
import org.defensor.records.Sources;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** The records module's kinds as evidence: incidents, their proceedings and decisions, sources. */
@Component
class RecordTargets implements EvidenceTargets {

    private final Classification classification;
    private final Incidents incidents;
    private final Sources sources;

    RecordTargets(Classification classification, Incidents incidents, Sources sources) {
        this.classification = classification;
        this.incidents = incidents;
        this.sources = sources;
    }

    @Override
    public Set<EvidenceKind> kinds() {
        return Set.of(EvidenceKind.INCIDENT, EvidenceKind.PROCEEDING, EvidenceKind.DECISION, EvidenceKind.SOURCE);
    }

    @Override
    public Optional<Confidentiality> level(EvidenceKind kind, UUID id) {
        return classification.kindOf(id).filter(found -> found.equals(kind.name().toLowerCase(java.util.Locale.ROOT)))
                .flatMap(found -> classification.levelOf(id));
    }

    @Override
    public Optional<Named> describe(EvidenceKind kind, UUID id) {
        try {
            return switch (kind) {
                case INCIDENT -> {
                    IncidentData incident = incidents.get(id);
                    yield Optional.of(new Named(incident.title(), incident.start(), "/incidents/" + id));
                }
                case PROCEEDING, DECISION -> classification.incidentOf(id).map(incidents::get).flatMap(incident -> describePart(kind, incident, id));
                case SOURCE -> {
                    SourceData source = sources.get(id);
                    yield Optional.of(new Named(source.title(), source.date() == null ? org.defensor.shared.FuzzyDate.unknown() : source.date(), "/sources/" + id));
                }
                default -> Optional.empty();
            };
        } catch (RecordNotFoundException hidden) {
            return Optional.empty();
        }
    }

    private Optional<Named> describePart(EvidenceKind kind, IncidentData incident, UUID id) {
        for (ProceedingData p : JpaRecommendations.listOf(incident.proceedings())) {
            String name = (p.title() == null ? p.kind().label() : p.title()) + " — " + incident.title();
            if (kind == EvidenceKind.PROCEEDING && id.equals(p.id())) {
                return Optional.of(new Named(name, p.started() == null || !p.started().isKnown() ? incident.start() : p.started(),
                        "/incidents/" + incident.id()));
            }
            for (var d : JpaRecommendations.listOf(p.decisions())) {
                if (kind == EvidenceKind.DECISION && id.equals(d.id())) {
                    return Optional.of(new Named(d.outcome().label() + ": " + name,
                            d.date() == null || !d.date().isKnown() ? incident.start() : d.date(), "/incidents/" + incident.id()));
                }
            }
        }
        return Optional.empty();
    }

}
