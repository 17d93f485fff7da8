package io.clientlens.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the bank's advisory records add to one customer's facts at the as-of date: the
 * questionnaire assessments and the needs register. Both feature queries deliver only records
 * dated on or before as-of, and of the assessments only the latest per questionnaire kind and
 * channel (enough to pick the latest that counts under the face-to-face switch).
 *
 * @param openNeeds needs identified on or before as-of and neither declined nor met by then
 * @param needAreas the planning areas of the needs identified on or before as-of, whatever their status
 */
public record AdvisoryRecords(List<AssessmentOnRecord> assessments, int openNeeds, Set<String> needAreas) {

    public static final AdvisoryRecords NONE = new AdvisoryRecords(List.of(), 0, Set.of());

    public AdvisoryRecords {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        needAreas = needAreas == null ? Set.of() : Set.copyOf(needAreas);
    }

    /** From the texts of {@link AssessmentOnRecord#parse}; null lists count as empty. */
    public static AdvisoryRecords of(List<String> assessments, int openNeeds, List<String> needAreas) {
        if ((assessments == null || assessments.isEmpty()) && openNeeds == 0 && (needAreas == null || needAreas.isEmpty())) {
            return NONE;
        }
        List<AssessmentOnRecord> parsed = new ArrayList<>();
        if (assessments != null) {
            assessments.forEach(text -> parsed.add(AssessmentOnRecord.parse(text)));
        }
        return new AdvisoryRecords(parsed, openNeeds, needAreas == null ? Set.of() : new TreeSet<>(needAreas));
    }
}
