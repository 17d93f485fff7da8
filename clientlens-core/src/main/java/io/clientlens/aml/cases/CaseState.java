package io.clientlens.aml.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case as the workflow sees it. {@code proposed}/{@code proposedBy}: the decision waiting for a second officer;
 * {@code decision}/{@code decidedOn}: the decision in force; {@code strDueOn}: the day an approved STR must be filed by;
 * {@code strFiledOn}: when it was.
 */
public record CaseState(CaseStatus status, CaseDecision proposed, String proposedBy, CaseDecision decision,
                        LocalDate decidedOn, LocalDate strDueOn, LocalDate strFiledOn) {
    public CaseState {
        Objects.requireNonNull(status, "status");
    }

    /** A new case. */
    public static CaseState open() {
        return new CaseState(CaseStatus.OPEN, null, null, null, null, null, null);
    }

    /** An approved STR not filed yet: the customer is rated at least HIGH while it is so (docs/AML.md). */
    public boolean strOutstanding() {
        return decision == CaseDecision.REPORT_STR && strFiledOn == null;
    }
}
