package io.clientlens.needs;

import java.util.List;

/**
 * 保险需求诊断 (docs/NEEDS.md): A, the total need, with every term; B, the existing resources;
 * the gap C = max(0, A − B); the critical-illness and retirement gaps.
 */
public record InsuranceDiagnosis(Figure supportYears, List<Figure> needTerms, Figure need,
                                 List<Figure> resourceTerms, Figure resources, Figure gap,
                                 HealthGap health, RetirementGap retirement) {

    public InsuranceDiagnosis {
        needTerms = List.copyOf(needTerms);
        resourceTerms = List.copyOf(resourceTerms);
    }

    /** Critical illness: target = multiple × net income; gap = max(0, target − cover). */
    public record HealthGap(Figure target, Figure cover, Figure gap) {
    }

    /** Retirement: need = living × replacement × (life expectancy − retirement age); provision = investment assets + pension × years. */
    public record RetirementGap(Figure need, Figure provision, Figure gap) {
    }
}
