package io.clientlens.service;

import io.clientlens.classify.Amounts;
import io.clientlens.code.Label;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Pieces of reasons the rules share: amounts with their unit, and how far a date is from the business date. */
final class Texts {
    private Texts() {
    }

    static Label amount(BigDecimal amount, String currency) {
        return Label.of(Amounts.zh(amount, currency), Amounts.en(amount, currency));
    }

    /** "today", "in 3 days", "5 days ago" for {@code day} seen from {@code asOf}. */
    static Label when(LocalDate day, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(asOf, day);
        if (days == 0) {
            return Label.of("今天", "today");
        }
        if (days > 0) {
            return Label.of(days + " 天后", "in " + days + (days == 1 ? " day" : " days"));
        }
        return Label.of(-days + " 天前", -days + (days == -1 ? " day ago" : " days ago"));
    }

    /** A product type in words when it is one of the usual ones, else the code itself. */
    static Label productType(String type) {
        return switch (type == null ? "" : type) {
            case "TIME_DEPOSIT" -> Label.of("定期存款", "time deposit");
            case "WEALTH" -> Label.of("理财产品", "wealth product");
            case "WEALTH_NON_GUARANTEED" -> Label.of("非保本理财产品", "non-guaranteed wealth product");
            case "BOND" -> Label.of("债券", "bond");
            case "FUND" -> Label.of("基金", "fund");
            case "INSURANCE" -> Label.of("保险", "insurance");
            default -> Label.of(type, type);
        };
    }

    static String shortened(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
