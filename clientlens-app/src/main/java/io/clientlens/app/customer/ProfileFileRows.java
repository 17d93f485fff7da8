package io.clientlens.app.customer;

import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one profile file, checked as they are read, whoever imports it (the command line, the administration
 * page): each profile as every profile is ({@link ProfileValidation}), and what only a file can get wrong: a customer
 * given twice, of whom only one row could be kept, and a name copied from a masked view, which would replace the real
 * one with its mask.
 */
public final class ProfileFileRows {
    private final String file;
    private final BigDecimal maxAmount;
    /** Each customer's first line in the file. */
    private final Map<String, Long> firstLine = new HashMap<>();

    public ProfileFileRows(String file, BigDecimal maxAmount) {
        this.file = file;
        this.maxAmount = maxAmount;
    }

    /** What is wrong with the profile read at {@code line}, each an issue at that line; empty when it may be stored. */
    public List<ImportIssue> issues(long line, Profile profile) {
        List<ImportIssue> issues = new ArrayList<>(ProfileValidation.issues(file, line, profile, maxAmount));
        String id = profile.customerId();
        if (profile.name() != null && profile.name().indexOf('*') >= 0) {
            issues.add(new ImportIssue(file, line, "name", "customer " + id + ": the name " + profile.name()
                    + " is a masked value (copied from a masked page or export); give the real name, or leave the column out "
                    + "to keep the stored one / 客户 " + id + "：姓名 " + profile.name()
                    + " 是脱敏后的值（从脱敏页面或导出文件复制而来）；请填写真实姓名，或删去该列以保留已存的姓名"));
        }
        Long first = firstLine.putIfAbsent(id, line);
        if (first != null) {
            issues.add(new ImportIssue(file, line, "customerId", "customer " + id + " is already on line " + first
                    + " of this file; give each customer once (this row was not imported) / 客户 " + id + " 已在本文件第 " + first
                    + " 行出现；每位客户只能出现一次（本行未导入）"));
        }
        return issues;
    }
}
