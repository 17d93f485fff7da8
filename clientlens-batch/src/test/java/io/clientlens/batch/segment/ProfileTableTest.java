package io.clientlens.batch.segment;

import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.customer.Assets;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Income;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.InvestmentHistory;
import io.clientlens.customer.Liability;
import io.clientlens.customer.Profile;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile as columns holds everything the classifiers read: each customer classified from the
 * profile read back from the columns gets the same document, byte for byte, as from the full
 * profile document.
 */
class ProfileTableTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Test
    void classifyingFromTheColumnsGivesTheSameDocumentAsFromTheFullProfile() throws Exception {
        CustomerBaseGenerator generator = new CustomerBaseGenerator(GeneratorSettings.of(3000, 20260930L, AS_OF));
        List<Profile> profiles = new ArrayList<>(IntStream.range(0, 3000).mapToObj(i -> generator.customer(i).profile()).toList());
        profiles.add(edgeCases());
        List<Profile> back = roundTrip(profiles);

        ClassificationEngine engine = new ClassificationEngine(PolicyYaml.defaults());
        PopulationStatistics.Collector collector = PopulationStatistics.collector(engine.policy());
        for (int i = 0; i < profiles.size(); i++) {
            collector.add(features(i, profiles.get(i)));
        }
        PopulationStatistics statistics = collector.build();
        for (int i = 0; i < profiles.size(); i++) {
            String full = ClassificationDocument.json(engine.classify(features(i, profiles.get(i)), AS_OF, statistics), g -> { });
            String columns = ClassificationDocument.json(engine.classify(features(i, back.get(i)), AS_OF, statistics), g -> { });
            assertThat(columns).as(profiles.get(i).customerId()).isEqualTo(full);
        }
        // the data exercise what the columns hold
        assertThat(profiles).anyMatch(p -> p.family() != null && p.family().size() > 1);
        assertThat(profiles).anyMatch(p -> p.liabilities() != null && !p.liabilities().isEmpty());
        assertThat(profiles).anyMatch(p -> p.insurance() != null);
    }

    @Test
    void keepsTheScaleOfAmountsAndTellsMissingFromEmpty() throws Exception {
        Profile p = edgeCases();
        Profile back = roundTrip(List.of(p)).get(0);

        assertThat(back.income().salary().toString()).isEqualTo("120000.5");
        assertThat(back.assets().cash().toString()).isEqualTo("300000");
        assertThat(back.tags()).containsExactly("", "稳健");
        assertThat(back.liabilities()).isEmpty();
        assertThat(back.expenses()).isNull();
        assertThat(back.family()).extracting(FamilyMember::birthDate).containsExactly(null, LocalDate.of(2010, 3, 1));
        assertThat(back.investmentHistory().productTypes()).isEmpty();
        assertThat(back.insurance().medical()).isNull();
    }

    @Test
    void holdsWhatTheAmlRatingReads() throws Exception {
        Profile p = Profile.builder("AML1").type(io.clientlens.customer.CustomerType.CORPORATE)
                .identity(new io.clientlens.customer.Identity(false, io.clientlens.customer.Identity.Method.ONLINE_CHECK))
                .pep(io.clientlens.customer.Pep.FOREIGN).onboarding(io.clientlens.customer.Onboarding.NON_FACE_TO_FACE)
                .corporate(new io.clientlens.customer.Corporate("91310000X", "张三", new BigDecimal("5000000.00"), "SMALL",
                        List.of(new io.clientlens.customer.Corporate.BeneficialOwner("李四", "110101198001011234",
                                        new BigDecimal("0.60"), false),
                                new io.clientlens.customer.Corporate.BeneficialOwner("王五", null, new BigDecimal("0.25")))))
                .build();
        Profile back = roundTrip(List.of(p, Profile.builder("AML2").build())).get(0);

        assertThat(back.identity()).isEqualTo(p.identity());
        assertThat(back.pep()).isEqualTo(io.clientlens.customer.Pep.FOREIGN);
        assertThat(back.onboarding()).isEqualTo(io.clientlens.customer.Onboarding.NON_FACE_TO_FACE);
        assertThat(back.corporate().registeredCapital()).isEqualTo(new BigDecimal("5000000.00"));
        assertThat(back.corporate().beneficialOwners())
                .extracting(o -> o.name() + "/" + o.share() + "/" + o.verified())
                .containsExactly("李四/0.60/false", "王五/0.25/null");
        Profile none = roundTrip(List.of(Profile.builder("AML2").build())).get(0);
        assertThat(none.identity()).isNull();
        assertThat(none.pep()).isNull();
        assertThat(none.onboarding()).isNull();
        assertThat(none.corporate()).isNull();
    }

    private static Profile edgeCases() {
        return Profile.builder("EDGE1").birthDate(LocalDate.of(1980, 2, 29)).retired(false)
                .income(new Income(new BigDecimal("120000.5"), null, BigDecimal.ZERO, null))
                .assets(new Assets(new BigDecimal("300000"), null, null, null, null, null, null, null, null, null, null))
                .insurance(new Insurance(new BigDecimal("500000.00"), null, null, null, null, null))
                .family(List.of(new FamilyMember(FamilyMember.Relation.CHILD, "小明", null, null, null, new BigDecimal("20000"), null, null),
                        new FamilyMember(FamilyMember.Relation.CHILD, null, LocalDate.of(2010, 3, 1), null, true, null, null, null)))
                .liabilities(List.of())
                .investmentHistory(new InvestmentHistory(3, null, null))
                .tags(Arrays.asList("", "稳健"))
                .build();
    }

    private static CustomerFeatures features(int i, Profile p) {
        return new CustomerFeatures(p.customerId(), p.typeOrIndividual(), p.birthDate(), p.gender(), p.region(),
                i % 7 == 0 ? 0 : 1 + i % 3, i % 7 == 0 ? 0 : 1, i % 7 == 0 ? null : 30 + i * 3,
                BigDecimal.valueOf(i * 137L, 2), BigDecimal.ZERO, BigDecimal.valueOf(i % 5 * 1000L), BigDecimal.valueOf(i % 11),
                null, i % 13, BigDecimal.valueOf(i * 17L), i % 13 == 0 ? null : i % 400, List.of("DEPOSIT"),
                i % 9 * 100L, i % 4, p);
    }

    private static List<Profile> roundTrip(List<Profile> profiles) throws Exception {
        List<Profile> back = new ArrayList<>();
        try (DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
             Statement s = db.createStatement()) {
            s.execute(ProfileTable.createTable("profiles"));
            try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "profiles")) {
                for (int i = 0; i < profiles.size(); i++) {
                    ProfileTable.append(a, i + 1, i + 1, profiles.get(i));
                }
            }
            try (ResultSet rs = s.executeQuery("select " + ProfileTable.select() + " from profiles order by ordinal")) {
                while (rs.next()) {
                    back.add(ProfileTable.read(rs, 1));
                }
            }
        }
        return back;
    }
}
