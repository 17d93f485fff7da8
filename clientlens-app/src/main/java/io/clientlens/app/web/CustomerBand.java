package io.clientlens.app.web;

import io.clientlens.app.customer.CustomerHistory;
import io.clientlens.app.ui.Yuan;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.questionnaire.RiskLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The band at the top of the customer 360: what an RM reads at a glance (docs/USER-GUIDE.md, "Customer 360"). Every
 * text is already in the page's language; the name comes masked from the view.
 *
 * @param badges      the main classes, each with its dimension's name
 * @param aum         AUM at the latest run, exact ({@link Yuan#of}); null when never classified
 * @param aumTrend    AUM at each of the last runs, oldest first, with the change from the run before
 * @param aumChange   the change since the oldest run shown, signed ("+1,200.00 元"), null with fewer than two runs
 * @param risk        the risk level that counts (the latest valid assessment), null when none is on file
 * @param lastContact the latest interaction note, null when none
 * @param nextTask    the open task due first, null when none
 */
record CustomerBand(String name, String type, List<Badge> badges, String aum, String aumAsOf, List<TrendPoint> aumTrend,
                    String aumChange, Risk risk, int kyc, String rm, String branch, Contact lastContact, NextTask nextTask) {

    /** The dimensions whose classes the band shows, in this order (the AML rating only to those who may see it). */
    static final List<Dimension> BADGES = List.of(Dimension.AUM_TIER, Dimension.VALUE_CLASS, Dimension.SERVICE_CLASS,
            Dimension.LIFE_STAGE, Dimension.RFM_SEGMENT, Dimension.LOYALTY, Dimension.AML_RISK);

    record Badge(String dimension, String label, String code) {
    }

    /** {@code direction}: "up", "down" or "same" against the run before (the first point has none). */
    record TrendPoint(String asOf, String amount, String direction) {
    }

    /** {@code expired}: the assessment no longer counts for a sale; {@code expiresSoon}: within the reminder window. */
    record Risk(String level, String code, String validUntil, boolean expired, boolean expiresSoon) {
    }

    record Contact(String on, String kind) {
    }

    record NextTask(String kind, String dueOn, String reason, boolean overdue) {
    }

    /** The main classes from the latest run's codes (codes this page may show only; the view has removed the rest). */
    static List<Badge> badges(Map<String, String> codes, Language lang) {
        List<Badge> out = new ArrayList<>();
        for (Dimension d : BADGES) {
            String code = codes.get(d.code());
            if (code != null && !Dimension.UNKNOWN.equals(code) && d.accepts(code)) {
                out.add(new Badge(d.label().in(lang), d.labelOf(code).in(lang), code));
            }
        }
        return out;
    }

    /** AUM over the runs (newest first as read), oldest first for reading left to right. */
    static List<TrendPoint> trend(List<CustomerHistory.RunCodes> runs, Language lang, String currency) {
        List<TrendPoint> out = new ArrayList<>();
        BigDecimal before = null;
        for (int i = runs.size() - 1; i >= 0; i--) {
            BigDecimal aum = runs.get(i).aum();
            if (aum == null) {
                continue;
            }
            String direction = before == null ? null : aum.compareTo(before) > 0 ? "up" : aum.compareTo(before) < 0 ? "down" : "same";
            out.add(new TrendPoint(runs.get(i).asOf().toString(), Yuan.of(aum, lang, currency), direction));
            before = aum;
        }
        return out;
    }

    /** The change from the oldest to the newest run with an AUM, signed; null with fewer than two. */
    static String change(List<CustomerHistory.RunCodes> runs, Language lang, String currency) {
        List<BigDecimal> amounts = runs.stream().map(CustomerHistory.RunCodes::aum).filter(a -> a != null).toList();
        if (amounts.size() < 2) {
            return null;
        }
        BigDecimal change = amounts.get(0).subtract(amounts.get(amounts.size() - 1));
        return (change.signum() > 0 ? "+" : "") + Yuan.of(change, lang, currency);
    }

    static Risk risk(RiskLevel level, LocalDate validUntil, LocalDate day, int reminderDays, Language lang) {
        if (level == null) {
            return null;
        }
        boolean expired = day.isAfter(validUntil);
        return new Risk(level.label().in(lang), level.name(), validUntil.toString(), expired,
                !expired && !day.isBefore(validUntil.minusDays(reminderDays)));
    }
}
