package io.clientlens.app.web;

import io.clientlens.app.customer.CustomerView;
import io.clientlens.batch.export.StoredClassification;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One customer's classes with reasons in the page's language; identity already masked by the view. */
record CustomerCard(String customerId, Map<String, String> identity, int completeness, List<String> missing,
                    String asOf, String policyVersion, List<Row> rows) {

    /** {@code code}: the class's code for experts, null when it is the label itself. */
    record Row(String dimension, String code, String label, List<String> reasons) {
    }

    static CustomerCard of(CustomerView view, Language lang) {
        List<Row> rows = new ArrayList<>();
        StoredClassification c = view.classification();
        if (c != null) {
            for (Dimension d : Dimension.values()) {
                StoredClassification.StoredDimension r = c.dimension(d).orElse(null);
                if (r == null) {
                    continue;
                }
                String label = String.valueOf(r.label().in(lang));
                List<String> reasons = r.reasons().stream().map(x -> String.valueOf(x.in(lang))).toList();
                String code = String.valueOf(r.code());
                // a free-text dimension's code is its label (a region "北京市"): shown once
                rows.add(new Row(d.label().in(lang), code.equals(label) ? null : code, label, reasons));
            }
        }
        return new CustomerCard(view.customerId(), view.identityInWords(lang), view.completeness().percent(),
                view.completeness().missing().stream().map(g -> g.label().in(lang)).toList(),
                c == null ? null : String.valueOf(c.asOf()), c == null ? null : String.valueOf(c.policyVersion()),
                rows);
    }
}
