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

    /** Codes in the identity block shown as words: 个人客户 rather than INDIVIDUAL, 女 rather than F. */
    private static Map<String, String> labelled(Map<String, String> identity, Language lang) {
        Map<String, String> out = new java.util.LinkedHashMap<>(identity);
        String type = identity.get("type");
        if (type != null) {
            out.put("type", Dimension.CUSTOMER_TYPE.labelOf(type).in(lang));
        }
        String gender = identity.get("gender");
        if (gender != null) {
            out.put("gender", switch (gender) {
                case "M" -> lang == Language.EN ? "Male" : "男";
                case "F" -> lang == Language.EN ? "Female" : "女";
                default -> gender;
            });
        }
        return out;
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
        return new CustomerCard(view.customerId(), labelled(view.maskedIdentity(), lang), view.completeness().percent(),
                view.completeness().missing().stream().map(g -> g.label().in(lang)).toList(),
                c == null ? null : String.valueOf(c.asOf()), c == null ? null : String.valueOf(c.policyVersion()),
                rows);
    }
}
