package io.clientlens.suitability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything a suitability check looks at: who, which product, how much, on whose initiative, on which day. */
public record SuitabilityCase(String customerId, Product product, BigDecimal amount, InitiatedBy initiatedBy,
                              List<RiskAssessmentOnFile> assessments, Experience experience, LocalDate day) {
    public SuitabilityCase {
        assessments = List.copyOf(assessments);
    }

    public Optional<RiskAssessmentOnFile> latest() {
        return assessments.stream().max(Comparator.comparing(RiskAssessmentOnFile::assessedAt));
    }

    /** The latest assessment that counts: face to face only while the policy switch is on. */
    public Optional<RiskAssessmentOnFile> counting(boolean faceToFaceRequired) {
        return assessments.stream().filter(a -> !faceToFaceRequired || a.channel().isFaceToFace())
                .max(Comparator.comparing(RiskAssessmentOnFile::assessedAt));
    }
}
