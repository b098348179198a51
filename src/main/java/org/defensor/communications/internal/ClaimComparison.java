package org.defensor.communications.internal;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.defensor.communications.StateClaim;
import org.defensor.records.Accountability;
import org.defensor.records.DecisionData;
import org.defensor.records.IncidentData;
import org.defensor.records.InformationStatus;
import org.defensor.records.Outcome;
import org.defensor.records.ProceedingData;
import org.defensor.records.ProceedingPurpose;
import org.defensor.records.StateResponses.Comparison;

/**
 * Compares what a State's reply claims about an incident with what the record holds. It only says
 * "contradicts" on evidence in the record (a decision, the derived accountability, confirmed facts);
 * where the record holds nothing to weigh the claim against, the claim is left uncompared.
 */
final class ClaimComparison {

    record Result(Comparison comparison, String why) {}

    /** Decisions after which an investigation is still under way. */
    private static final Set<Outcome> UNDER_WAY = Set.of(Outcome.FILED, Outcome.REGISTERED, Outcome.INVESTIGATION_OPENED,
            Outcome.CASE_OPENED, Outcome.CHARGED);

    /** Decisions that end an investigation, or keep it from starting, without anyone held to account. */
    private static final Set<Outcome> ENDED = Set.of(Outcome.REFUSED_TO_OPEN, Outcome.NO_ACTION_TAKEN, Outcome.CLOSED,
            Outcome.ARCHIVED, Outcome.DISMISSED, Outcome.ACQUITTED, Outcome.SUSPENDED, Outcome.RETURNED_WITHOUT_CONSIDERATION);

    /** Decisions that find a measure taken against a defender wrong. */
    private static final Set<Outcome> MEASURE_OVERTURNED = Set.of(Outcome.DECISION_QUASHED, Outcome.GRANTED,
            Outcome.COMPENSATION_AWARDED);

    private ClaimComparison() {}

    static Result compare(StateClaim claim, IncidentData incident) {
        Accountability accountability = incident.accountability() == null ? Accountability.UNKNOWN
                : incident.accountability().status();
        Optional<Decided> last = lastDecision(incident, ProceedingPurpose.ACCOUNTABILITY);
        return switch (claim) {
            case INVESTIGATION_OPEN -> last.map(d -> ENDED.contains(d.decision().outcome())
                    ? contradicts("the record's last decision on accountability is " + d.describe())
                    : UNDER_WAY.contains(d.decision().outcome())
                            ? matches("the record's last decision on accountability is " + d.describe())
                            : notCompared("the record's last decision on accountability is " + d.describe()))
                    .orElse(notCompared("the record holds no decision on an investigation"));
            case INVESTIGATION_CLOSED -> last.map(d -> UNDER_WAY.contains(d.decision().outcome())
                    ? contradicts("the record's last decision on accountability is " + d.describe() + ": still under way")
                    : matches("the record's last decision on accountability is " + d.describe()))
                    .orElse(notCompared("the record holds no decision on an investigation"));
            case PERPETRATORS_HELD_ACCOUNTABLE -> switch (accountability) {
                case HELD_ACCOUNTABLE, PARTIALLY_HELD_ACCOUNTABLE -> matches(accountabilityOf(incident));
                case NOT_HELD_ACCOUNTABLE -> contradicts(accountabilityOf(incident));
                case UNKNOWN -> notCompared(accountabilityOf(incident));
            };
            case NO_VIOLATION_FOUND, FACTS_DENIED -> incident.informationStatus() == InformationStatus.CONFIRMED
                    ? contradicts("the record holds the facts as confirmed")
                    : notCompared("the record holds the facts as " + statusOf(incident).toLowerCase());
            case MEASURE_LAWFUL -> lastDecision(incident, ProceedingPurpose.REMEDY)
                    .filter(d -> MEASURE_OVERTURNED.contains(d.decision().outcome()))
                    .map(d -> contradicts("a remedy was granted against the measure: " + d.describe()))
                    .orElse(notCompared("the record holds no decision overturning the measure"));
        };
    }

    private record Decided(ProceedingData proceeding, DecisionData decision) {
        String describe() {
            return decision.outcome().label().toLowerCase()
                    + (decision.date() == null || !decision.date().isKnown() ? "" : " (" + decision.date().display() + ")")
                    + " in the " + proceeding.kind().label().toLowerCase();
        }
    }

    private static final Comparator<Decided> BY_DATE = Comparator.comparing(
            (Decided d) -> d.decision().date() == null || !d.decision().date().isKnown() ? null : d.decision().date(),
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The latest decision in the incident's proceedings of this purpose; of equal dates, the one listed last. */
    private static Optional<Decided> lastDecision(IncidentData incident, ProceedingPurpose purpose) {
        return incident.proceedings().stream()
                .filter(p -> p.purpose() == purpose)
                .flatMap(p -> p.decisions().stream().map(d -> new Decided(p, d)))
                .reduce((a, b) -> BY_DATE.compare(b, a) >= 0 ? b : a);
    }

    private static String accountabilityOf(IncidentData incident) {
        return incident.accountability() == null ? "the record does not say whether anyone was held accountable"
                : "the record says: " + incident.accountability().status().label().toLowerCase() + " ("
                        + incident.accountability().reason() + ")";
    }

    private static String statusOf(IncidentData incident) {
        return incident.informationStatus() == null ? InformationStatus.ALLEGED.label() : incident.informationStatus().label();
    }

    private static Result matches(String why) {
        return new Result(Comparison.MATCHES_RECORD, why);
    }

    private static Result contradicts(String why) {
        return new Result(Comparison.CONTRADICTS_RECORD, why);
    }

    private static Result notCompared(String why) {
        return new Result(Comparison.NOT_COMPARED, why);
    }
}
