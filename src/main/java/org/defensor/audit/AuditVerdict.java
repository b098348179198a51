package org.defensor.audit;

import java.util.List;

/**
 * What a check of the audit chain found: each problem (an edited, deleted or inserted entry, a record
 * whose state no longer matches its last audited hash) and a one-line summary.
 */
public record AuditVerdict(List<String> problems, String summary) {

    public AuditVerdict {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
