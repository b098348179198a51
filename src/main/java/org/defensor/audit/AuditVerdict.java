package org.defensor.audit;

import java.util.List;

/**
 * What a check of the audit chain found: whether it was checked at all, and each problem (an edited,
 * deleted or inserted entry, a record whose state no longer matches its last audited hash).
 */
public record AuditVerdict(boolean checked, List<String> problems, String summary) {

    public AuditVerdict {
        problems = List.copyOf(problems);
    }

    public static AuditVerdict notChecked(String why) {
        return new AuditVerdict(false, List.of(), "NOT VERIFIED: " + why);
    }

    public boolean intact() {
        return checked && problems.isEmpty();
    }
}
