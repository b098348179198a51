package org.defensor.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.defensor.shared.FuzzyDate;

/**
 * Derives an incident's {@link Accountability} from its proceedings.
 *
 * <p>Only proceedings that seek accountability (a complaint, an investigation, a prosecution of the
 * perpetrators) or a remedy (a defender's appeal against a measure taken against them) count. Of a
 * chain of appeals, the last one decided has the last word. Each such proceeding ends with redress,
 * without redress, or is still pending; the incident is held accountable when every one gave
 * redress, partially when some did, not held accountable when none did and none is pending.
 */
public final class AccountabilityRule {

    /** The facts of one decision the rule needs. */
    public record DecisionFacts(FuzzyDate date, Outcome outcome) {}

    /** The facts of one proceeding the rule needs. */
    public record ProceedingFacts(UUID id, ProceedingPurpose purpose, UUID appealOf, List<DecisionFacts> decisions) {}

    /** The derived status and the reason a person can check against the record. */
    public record Assessment(Accountability status, String reason) {}

    enum Effect { REDRESS, NO_REDRESS, PENDING }

    private static final Set<Outcome> SANCTIONS = Set.of(
            Outcome.FOUND_GUILTY, Outcome.FINED, Outcome.DETENTION_IMPOSED, Outcome.WARNING_ISSUED,
            Outcome.SANCTION_IMPOSED, Outcome.COMPENSATION_AWARDED, Outcome.DECISION_UPHELD);
    private static final Set<Outcome> ACCOUNTABILITY_DENIED = Set.of(
            Outcome.REFUSED_TO_OPEN, Outcome.NO_ACTION_TAKEN, Outcome.CLOSED, Outcome.ARCHIVED,
            Outcome.DISMISSED, Outcome.ACQUITTED, Outcome.REFUSED, Outcome.DECISION_QUASHED,
            Outcome.RETURNED_WITHOUT_CONSIDERATION);
    private static final Set<Outcome> REMEDY_GRANTED = Set.of(
            Outcome.GRANTED, Outcome.DECISION_QUASHED, Outcome.COMPENSATION_AWARDED, Outcome.SANCTION_IMPOSED,
            Outcome.FOUND_GUILTY);
    private static final Set<Outcome> REMEDY_DENIED = Set.of(
            Outcome.DISMISSED, Outcome.DECISION_UPHELD, Outcome.REFUSED, Outcome.NO_ACTION_TAKEN,
            Outcome.CLOSED, Outcome.ARCHIVED, Outcome.REFUSED_TO_OPEN, Outcome.RETURNED_WITHOUT_CONSIDERATION);

    private AccountabilityRule() {}

    public static Assessment assess(List<ProceedingFacts> proceedings) {
        Set<UUID> appealedAndDecided = proceedings.stream()
                .filter(p -> p.appealOf() != null && !p.decisions().isEmpty())
                .map(ProceedingFacts::appealOf)
                .collect(Collectors.toSet());
        List<Effect> effects = new ArrayList<>();
        for (ProceedingFacts proceeding : proceedings) {
            boolean counts = proceeding.purpose() == ProceedingPurpose.ACCOUNTABILITY
                    || proceeding.purpose() == ProceedingPurpose.REMEDY;
            if (counts && !appealedAndDecided.contains(proceeding.id())) {
                effects.add(effect(proceeding));
            }
        }
        if (effects.isEmpty()) {
            return new Assessment(Accountability.UNKNOWN, "no complaint, investigation or appeal is recorded");
        }
        long redress = effects.stream().filter(e -> e == Effect.REDRESS).count();
        long pending = effects.stream().filter(e -> e == Effect.PENDING).count();
        long denied = effects.size() - redress - pending;
        if (redress == effects.size()) {
            return new Assessment(Accountability.HELD_ACCOUNTABLE, count(redress) + " ended with a sanction or redress");
        }
        if (redress > 0) {
            return new Assessment(Accountability.PARTIALLY_HELD_ACCOUNTABLE,
                    count(redress) + " ended with a sanction or redress, " + (effects.size() - redress) + " did not");
        }
        if (pending > 0) {
            return new Assessment(Accountability.UNKNOWN, count(pending) + " still pending, none has given redress");
        }
        return new Assessment(Accountability.NOT_HELD_ACCOUNTABLE,
                count(denied) + " ended without anyone being held accountable");
    }

    private static String count(long n) {
        return n == 1 ? "1 proceeding" : n + " proceedings";
    }

    static Effect effect(ProceedingFacts proceeding) {
        // The latest decision decides; of decisions on the same day, the one recorded last.
        Comparator<FuzzyDate> byDate = Comparator.nullsFirst(Comparator.naturalOrder());
        Outcome last = null;
        FuzzyDate lastDate = null;
        for (DecisionFacts decision : proceeding.decisions()) {
            if (last == null || byDate.compare(decision.date(), lastDate) >= 0) {
                last = decision.outcome();
                lastDate = decision.date();
            }
        }
        if (last == null) {
            return Effect.PENDING;
        }
        boolean accountability = proceeding.purpose() == ProceedingPurpose.ACCOUNTABILITY;
        if ((accountability ? SANCTIONS : REMEDY_GRANTED).contains(last)) {
            return Effect.REDRESS;
        }
        if ((accountability ? ACCOUNTABILITY_DENIED : REMEDY_DENIED).contains(last)) {
            return Effect.NO_REDRESS;
        }
        return Effect.PENDING;
    }
}
