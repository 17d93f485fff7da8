package io.clientlens.suitability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a suitability check looks at: who, which product, how much, on whose initiative, on which
 * day, and the customer's earlier checks of the same product that may still end in a sale.
 */
public record SuitabilityCase(String customerId, Product product, BigDecimal amount, InitiatedBy initiatedBy,
                              List<RiskAssessmentOnFile> assessments, Experience experience, LocalDate day,
                              List<EarlierCheck> earlier, AmlStanding aml) {
    public SuitabilityCase {
        assessments = List.copyOf(assessments);
        earlier = List.copyOf(earlier);
        aml = aml == null ? AmlStanding.CLEAR : aml;
    }

    /**
     * What anti-money laundering allows (docs/AML.md, "Due diligence"): CLEAR; DUE_DILIGENCE_PENDING (HIGH risk with
     * enhanced due diligence not complete: new sales wait); PROHIBITED (no new business); RELATIONSHIP_EXITED (compliance
     * decided, with a second officer's approval, to end the relationship: no new business either).
     */
    public enum AmlStanding { CLEAR, DUE_DILIGENCE_PENDING, PROHIBITED, RELATIONSHIP_EXITED }

    /** A case AML does not hold back. */
    public SuitabilityCase(String customerId, Product product, BigDecimal amount, InitiatedBy initiatedBy,
                           List<RiskAssessmentOnFile> assessments, Experience experience, LocalDate day,
                           List<EarlierCheck> earlier) {
        this(customerId, product, amount, initiatedBy, assessments, experience, day, earlier, AmlStanding.CLEAR);
    }

    /** A case without earlier checks of the product. */
    public SuitabilityCase(String customerId, Product product, BigDecimal amount, InitiatedBy initiatedBy,
                           List<RiskAssessmentOnFile> assessments, Experience experience, LocalDate day) {
        this(customerId, product, amount, initiatedBy, assessments, experience, day, List.of());
    }

    public Optional<RiskAssessmentOnFile> latest() {
        return assessments.stream().max(Comparator.comparing(RiskAssessmentOnFile::assessedAt));
    }

    /** The latest assessment that counts: face to face only while the policy switch is on. */
    public Optional<RiskAssessmentOnFile> counting(boolean faceToFaceRequired) {
        return assessments.stream().filter(a -> !faceToFaceRequired || a.channel().isFaceToFace())
                .max(Comparator.comparing(RiskAssessmentOnFile::assessedAt));
    }

    /**
     * The earlier checks inside a window of {@code windowDays} days ending on the check's day: with 30
     * days, a check on 1 June counts those from 3 May on (3 May to 1 June are 30 days), not one of 2 May.
     */
    public List<EarlierCheck> earlierWithin(int windowDays) {
        LocalDate from = day.minusDays(windowDays - 1L);
        return earlier.stream().filter(e -> !e.day().isBefore(from) && !e.day().isAfter(day)).toList();
    }

    /** This check's amount plus the earlier ones inside the window. */
    public BigDecimal totalWithin(int windowDays) {
        return earlierWithin(windowDays).stream().map(EarlierCheck::amount).reduce(amount, BigDecimal::add);
    }
}
