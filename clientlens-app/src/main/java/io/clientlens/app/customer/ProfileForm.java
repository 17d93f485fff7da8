package io.clientlens.app.customer;

import io.clientlens.customer.FactGroup;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Goal;
import io.clientlens.customer.Liability;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.identity.Masking;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The fields of the profile editing form, grouped as the profile model groups its facts
 * ({@link FactGroup}). A field's name is its path in the profile document (docs/profile.schema.json), so a
 * problem the document's validation reports lands at the field that caused it. Repeated facts
 * (family members, liabilities, goals) are rows named {@code family[0].birthDate} and so on.
 */
public final class ProfileForm {
    private ProfileForm() {
    }

    /** How a field's text becomes a document value; the document's own validation judges the value. */
    public enum Kind { TEXT, IDENTITY, AMOUNT, COUNT, DATE, BOOLEAN, CODE, LIST }

    /** One input: its path (relative to the row for row fields), kind and, for a CODE, the codes to choose from. */
    public record Field(String path, Kind kind, List<String> codes) {
        static Field of(String path, Kind kind) {
            return new Field(path, kind, List.of());
        }

        static Field code(String path, Class<? extends Enum<?>> type) {
            return new Field(path, Kind.CODE, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    /** Repeated facts: the document array {@code array}, one row of {@code fields} per element. */
    public record Rows(String array, List<Field> fields) {
        public String path(int row, Field field) {
            return array + "[" + row + "]." + field.path();
        }
    }

    /** A group of the form: the fact group, its single fields and, where it has them, its rows. */
    public record Group(FactGroup group, List<Field> fields, Rows rows) {
        public String sourceField() {
            return "sources." + group.key();
        }

        /** The top-level document keys this group's facts live in (to tell whether the group changed). */
        public List<String> documentKeys() {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            fields.forEach(f -> keys.add(f.path().split("\\.")[0]));
            if (rows != null) {
                keys.add(rows.array());
            }
            return List.copyOf(keys);
        }
    }

    private static final Kind A = Kind.AMOUNT;

    public static final List<Group> GROUPS = List.of(
            new Group(FactGroup.BASIC, List.of(Field.of("name", Kind.IDENTITY), Field.of("residentId", Kind.IDENTITY),
                    Field.code("gender", Gender.class), Field.of("birthDate", Kind.DATE), Field.of("nationality", Kind.TEXT)), null),
            new Group(FactGroup.CONTACT, List.of(Field.of("mobile", Kind.IDENTITY), Field.of("email", Kind.IDENTITY),
                    Field.of("address", Kind.TEXT)), null),
            new Group(FactGroup.OCCUPATION, List.of(Field.of("occupation", Kind.TEXT), Field.of("employer", Kind.TEXT),
                    Field.of("title", Kind.TEXT), Field.of("industry", Kind.TEXT), Field.of("education", Kind.TEXT),
                    Field.of("retired", Kind.BOOLEAN)), null),
            new Group(FactGroup.FAMILY, List.of(Field.code("maritalStatus", MaritalStatus.class)),
                    new Rows("family", List.of(Field.code("relation", FamilyMember.Relation.class), Field.of("birthDate", Kind.DATE),
                            Field.of("annualIncome", A), Field.of("educationAnnualCost", A), Field.of("annualSupport", A),
                            Field.of("independent", Kind.BOOLEAN)))),
            new Group(FactGroup.INCOME, amounts("income", "salary", "business", "investment", "other"), null),
            new Group(FactGroup.EXPENSES, amounts("expenses", "living", "housing", "education", "insurance", "parentsSupport",
                    "other"), null),
            new Group(FactGroup.ASSETS, amounts("assets", "cash", "timeDeposits", "wealthProducts", "funds", "stocks", "bonds",
                    "preciousMetals", "insuranceCashValue", "realEstate", "vehicles", "businessEquity"), null),
            new Group(FactGroup.LIABILITIES, List.of(),
                    new Rows("liabilities", List.of(Field.code("kind", Liability.Kind.class), Field.of("outstanding", A),
                            Field.of("monthlyPayment", A)))),
            new Group(FactGroup.INSURANCE, List.of(Field.of("insurance.lifeCover", A), Field.of("insurance.criticalIllnessCover", A),
                    Field.of("insurance.medical", Kind.BOOLEAN), Field.of("insurance.accidentCover", A),
                    Field.of("insurance.socialSecurityDeathBenefit", A), Field.of("insurance.pensionAnnual", A)), null),
            new Group(FactGroup.INVESTMENT_HISTORY, List.of(Field.of("investmentHistory.years", Kind.COUNT),
                    Field.of("investmentHistory.productTypes", Kind.LIST), Field.of("investmentHistory.purchases", Kind.COUNT)), null),
            new Group(FactGroup.GOALS, List.of(),
                    new Rows("goals", List.of(Field.code("type", Goal.Type.class), Field.of("description", Kind.TEXT),
                            Field.of("targetAmount", A), Field.of("targetDate", Kind.DATE), Field.of("priority", Kind.COUNT)))),
            new Group(FactGroup.INTERESTS, List.of(Field.of("hobbies", Kind.LIST), Field.of("preferredChannels", Kind.LIST),
                    Field.of("tags", Kind.LIST)), null));

    /** How each identity field is shown; the masked text sent back unchanged means "keep the stored value". */
    public static final Map<String, UnaryOperator<String>> MASKS = Map.of(
            "name", Masking::name, "residentId", Masking::residentId, "mobile", Masking::mobile, "email", Masking::email);

    /**
     * How the birth date, address and employer are shown in the form to a role that does not see them in clear
     * (docs/SECURITY.md, "What masked views show"); as for identity fields, the masked text sent back unchanged
     * keeps the stored value.
     */
    public static final Map<String, UnaryOperator<String>> DETAIL_MASKS = Map.of(
            "birthDate", date -> date.length() >= 4 ? date.substring(0, 4) : "*", "address", Masking::address,
            "employer", employer -> "*");

    /** Blank rows offered below the stored ones, to add a family member, liability or goal. */
    public static final int BLANK_ROWS = 1;

    private static List<Field> amounts(String object, String... names) {
        return Arrays.stream(names).map(n -> Field.of(object + "." + n, A)).toList();
    }
}
