package org.defensor.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.defensor.records.AccountabilityRule.DecisionFacts;
import org.defensor.records.AccountabilityRule.ProceedingFacts;
import org.defensor.shared.FuzzyDate;
import org.junit.jupiter.api.Test;

class AccountabilityRuleTests {

    private static ProceedingFacts proceeding(ProceedingPurpose purpose, UUID appealOf, Outcome... outcomes) {
        List<DecisionFacts> decisions = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            decisions.add(new DecisionFacts(FuzzyDate.day(2024, 1, 1 + i), outcomes[i]));
        }
        return new ProceedingFacts(UUID.randomUUID(), purpose, appealOf, decisions);
    }

    @Test
    void isUnknownWhenNoComplaintOrAppealIsRecorded() {
        var fine = proceeding(ProceedingPurpose.AGAINST_DEFENDER, null, Outcome.FINED);
        assertThat(AccountabilityRule.assess(List.of(fine)).status()).isEqualTo(Accountability.UNKNOWN);
        assertThat(AccountabilityRule.assess(List.of()).status()).isEqualTo(Accountability.UNKNOWN);
    }

    @Test
    void derivesNotAccountableWhenComplaintWasArchived() {
        var complaint = proceeding(ProceedingPurpose.ACCOUNTABILITY, null, Outcome.INVESTIGATION_OPENED, Outcome.ARCHIVED);
        var assessment = AccountabilityRule.assess(List.of(complaint));
        assertThat(assessment.status()).isEqualTo(Accountability.NOT_HELD_ACCOUNTABLE);
        assertThat(assessment.reason()).contains("1 proceeding");
    }

    @Test
    void derivesHeldAccountableWhenEveryComplaintEndedInASanction() {
        var first = proceeding(ProceedingPurpose.ACCOUNTABILITY, null, Outcome.CHARGED, Outcome.FOUND_GUILTY);
        var second = proceeding(ProceedingPurpose.ACCOUNTABILITY, null, Outcome.SANCTION_IMPOSED);
        assertThat(AccountabilityRule.assess(List.of(first, second)).status()).isEqualTo(Accountability.HELD_ACCOUNTABLE);
    }

    @Test
    void derivesPartiallyWhenSomeComplaintsGaveRedressAndOthersDidNot() {
        var sanctioned = proceeding(ProceedingPurpose.ACCOUNTABILITY, null, Outcome.FOUND_GUILTY);
        var refused = proceeding(ProceedingPurpose.ACCOUNTABILITY, null, Outcome.REFUSED_TO_OPEN);
        assertThat(AccountabilityRule.assess(List.of(sanctioned, refused)).status())
                .isEqualTo(Accountability.PARTIALLY_HELD_ACCOUNTABLE);
    }

    @Test
    void staysUnknownWhileAnInvestigationIsPending() {
        var pending = proceeding(ProceedingPurpose.ACCOUNTABILITY, null, Outcome.INVESTIGATION_OPENED);
        var refused = proceeding(ProceedingPurpose.ACCOUNTABILITY, null, Outcome.NO_ACTION_TAKEN);
        assertThat(AccountabilityRule.assess(List.of(pending, refused)).status()).isEqualTo(Accountability.UNKNOWN);
    }

    @Test
    void aDismissedAppealAgainstAFineMeansNoRedress() {
        var fine = proceeding(ProceedingPurpose.AGAINST_DEFENDER, null, Outcome.FOUND_GUILTY, Outcome.FINED);
        var appeal = proceeding(ProceedingPurpose.REMEDY, fine.id(), Outcome.DISMISSED);
        assertThat(AccountabilityRule.assess(List.of(fine, appeal)).status()).isEqualTo(Accountability.NOT_HELD_ACCOUNTABLE);
    }

    @Test
    void theLastDecidedAppealHasTheLastWord() {
        var complaint = proceeding(ProceedingPurpose.ACCOUNTABILITY, null, Outcome.REFUSED_TO_OPEN);
        var appeal = proceeding(ProceedingPurpose.REMEDY, complaint.id(), Outcome.GRANTED);
        assertThat(AccountabilityRule.assess(List.of(complaint, appeal)).status()).isEqualTo(Accountability.HELD_ACCOUNTABLE);
    }

    @Test
    void ofTwoDecisionsOnOneDayTheOneRecordedLastDecides() {
        var sameDay = new ProceedingFacts(UUID.randomUUID(), ProceedingPurpose.ACCOUNTABILITY, null, List.of(
                new DecisionFacts(FuzzyDate.day(2023, 7, 29), Outcome.FILED),
                new DecisionFacts(FuzzyDate.day(2023, 7, 29), Outcome.NO_ACTION_TAKEN)));
        assertThat(AccountabilityRule.assess(List.of(sameDay)).status()).isEqualTo(Accountability.NOT_HELD_ACCOUNTABLE);
    }
}
