package io.clientlens.customer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds a profile must keep (docs/POLICY.md, "Validation of input"): birth dates, the customer's and family
 * members', between {@link #EARLIEST_BIRTH_DATE} and today; every amount in the document less than the policy's
 * {@code validation.maxAmount}; a customer id of letters, digits and {@code . _ / -}; names of at most
 * {@value #MAX_NAME} characters and every other text of at most {@value #MAX_TEXT}. Each problem names the document path
 * and what is allowed in zh and en.
 */
public final class ProfileBounds {
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /** A person's or a company's name; the longest registered company names are far shorter. */
    public static final int MAX_NAME = 100;
    /** Any other text: long enough for a company's registered scope of business. */
    public static final int MAX_TEXT = 2_000;
    // ids are keys in files, URLs and exports: no spaces, markup or quotes that would need escaping there
    private static final java.util.regex.Pattern CUSTOMER_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._/-]{1,64}");

    /** The components holding text or records and lists that may hold text, of each record type, found once per type. */
    private static final ClassValue<List<RecordComponent>> TEXT_COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getType() == String.class || c.getType() == List.class || c.getType().isRecord()).toList();
        }
    };

    /** The components worth walking (not text, not codes) of each record type, found once per type. */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getType() != String.class && !c.getType().isEnum()).toList();
        }
    };

    private ProfileBounds() {
    }

    public static List<FieldProblem> problems(Profile profile, BigDecimal maxAmount, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (profile.customerId() != null && !CUSTOMER_ID.matcher(profile.customerId()).matches()) {
            problems.add(new FieldProblem("customerId", "客户号只能由字母、数字和 . _ / - 组成（不含空格），最多 64 个字符",
                    "a customer id is letters, digits and . _ / - (no spaces), at most 64 characters"));
        }
        texts(profile, "", problems);
        birthDate("birthDate", profile.birthDate(), today, problems);
        if (profile.family() != null) {
            for (int i = 0; i < profile.family().size(); i++) {
                FamilyMember member = profile.family().get(i);
                if (member != null) {
                    birthDate("family[" + i + "].birthDate", member.birthDate(), today, problems);
                }
            }
        }
        amounts(profile, "", maxAmount, problems);
        return problems;
    }

    /** The refusal of an amount at or above the bound, naming the range; shared with the other readers of amounts. */
    public static FieldProblem tooLarge(String field, BigDecimal maxAmount, String found) {
        String max = String.format("%,d", maxAmount.toBigInteger());
        return new FieldProblem(field, "金额应小于 " + max + " 元（政策 validation.maxAmount），实为 " + found,
                "must be less than " + max + " (policy validation.maxAmount), found " + found);
    }

    /** An amount as a refusal shows it: plain when short, in scientific notation when it would be very long. */
    public static String shown(BigDecimal amount) {
        return amount.precision() - amount.scale() > 24 ? amount.toString() : amount.toPlainString();
    }

    private static void birthDate(String field, LocalDate date, LocalDate today, List<FieldProblem> problems) {
        if (date != null && (date.isBefore(EARLIEST_BIRTH_DATE) || date.isAfter(today))) {
            problems.add(new FieldProblem(field, "出生日期应在 " + EARLIEST_BIRTH_DATE + " 与今天（" + today + "）之间，实为 " + date,
                    "the birth date must be between " + EARLIEST_BIRTH_DATE + " and today (" + today + "), found " + date));
        }
    }

    // Every text in the nested records and lists of the profile, names against the shorter bound.
    private static void texts(Object value, String path, List<FieldProblem> problems) {
        if (value instanceof String text) {
            boolean name = path.equals("name") || path.endsWith(".name");
            int max = name ? MAX_NAME : MAX_TEXT;
            if (text.length() > max) {
                problems.add(new FieldProblem(path, (name ? "名称" : "文字") + "最多 " + max + " 个字符，实为 " + text.length() + " 个",
                        "at most " + max + " characters, found " + text.length()));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                texts(list.get(i), path + "[" + i + "]", problems);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : TEXT_COMPONENTS.get(record.getClass())) {
                try {
                    Object child = component.getAccessor().invoke(record);
                    texts(child, path.isEmpty() ? component.getName() : path + "." + component.getName(), problems);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component.getName(), e);
                }
            }
        }
    }

    // Every BigDecimal in the nested records and lists of the profile: amounts, and shares and counts far below the bound.
    private static void amounts(Object value, String path, BigDecimal max, List<FieldProblem> problems) {
        if (value instanceof BigDecimal amount) {
            if (amount.compareTo(max) >= 0) {
                problems.add(tooLarge(path, max, shown(amount)));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                amounts(list.get(i), path + "[" + i + "]", max, problems);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                try {
                    Object child = component.getAccessor().invoke(record);
                    amounts(child, path.isEmpty() ? component.getName() : path + "." + component.getName(), max, problems);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component.getName(), e);
                }
            }
        }
    }
}
