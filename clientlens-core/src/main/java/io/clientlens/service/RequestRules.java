package io.clientlens.service;

import io.clientlens.customer.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/** Checks on what staff enter about service requests: subject, description, the follow-up's satisfaction score. */
public final class RequestRules {
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_NOTE = 1000;

    private RequestRules() {
    }

    public static List<FieldProblem> newRequest(String subject, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        if (subject == null || subject.isBlank() || subject.strip().length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "请填写主题（1–" + MAX_SUBJECT + " 个字符）", "write a subject (1–" + MAX_SUBJECT + " characters)"));
        }
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "描述最多 " + MAX_DESCRIPTION + " 个字符", "at most " + MAX_DESCRIPTION + " characters"));
        }
        return problems;
    }

    /** The follow-up (回访): a satisfaction score from 1 (very unsatisfied) to 5 (very satisfied). */
    public static List<FieldProblem> followUp(Integer satisfaction, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
            problems.add(new FieldProblem("satisfaction", "满意度应为 1 到 5 的整数（1 很不满意，5 很满意）",
                    "expected a whole number from 1 (very unsatisfied) to 5 (very satisfied)"));
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "回访记录最多 " + MAX_NOTE + " 个字符", "at most " + MAX_NOTE + " characters"));
        }
        return problems;
    }
}
