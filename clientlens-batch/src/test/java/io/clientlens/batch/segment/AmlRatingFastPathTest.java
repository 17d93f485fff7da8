package io.clientlens.batch.segment;

import io.clientlens.aml.AmlAssessment;
import io.clientlens.aml.AmlRating;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.aml.RatingFactor;
import io.clientlens.aml.RatingInput;
import io.clientlens.batch.aml.ComplianceFlagsFile;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.GenericLayoutWriter;
import io.clientlens.batch.json.Json;
import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rating's fast path (only the features the AML factors read, only the profile columns they read, prepared
 * profiles without JSON) rates every customer exactly as the full path: the whole feature query and every profile
 * document parsed in full. Level, points, the level by points, every factor and override with its zh and en reason.
 */
class AmlRatingFastPathTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @TempDir
    Path tmp;

    private Path input;
    private final Policy policy = PolicyYaml.defaults();

    @BeforeEach
    void generate() throws Exception {
        input = tmp.resolve("in");
        try (GenericLayoutWriter writer = new GenericLayoutWriter(input, ProfileJson::writeLine)) {
            new CustomerBaseGenerator(GeneratorSettings.of(800, 20260930L, AS_OF)).generate(writer);
        }
        plantAmlFacts(input.resolve(SegmentInput.CUSTOMERS));
        Files.writeString(input.resolve(ComplianceFlagsFile.FILE), """
                customerId,openSuspiciousReport,confirmedWatchListHit
                C000007,true,false
                C000017,false,true
                """);
    }

    @Test
    void ratesEveryCustomerAsTheFullPathFromTheDocumentsAndFromPreparedProfiles() throws Exception {
        Map<String, AmlAssessment> full = fullPath();

        Map<String, AmlAssessment> fromJsonl = fastPath("jsonl");
        PreparedProfiles.prepare(input, 2);
        Map<String, AmlAssessment> fromPrepared = fastPath("prepared");

        assertThat(full).hasSize(800);
        assertThat(fromJsonl.keySet()).containsExactlyElementsOf(full.keySet()); // the order of customers.jsonl
        for (String id : full.keySet()) {
            assertThat(fromJsonl.get(id)).as(id).isEqualTo(full.get(id));
            assertThat(fromPrepared.get(id)).as(id).isEqualTo(full.get(id));
        }
        // the data exercise every factor and override the profile or the activity can give
        List<String> codes = full.values().stream().flatMap(a -> java.util.stream.Stream.concat(
                a.factors().stream().map(RatingFactor::code), a.overrides().stream().map(o -> o.code()))).distinct().toList();
        assertThat(codes).contains("identityNotRecorded", "beneficialOwnersMissing", "beneficialOwnerNotVerified",
                "pepForeign", "pepAssociate", "highRiskNationality", "highRiskResidence", "nonResident", "nonFaceToFace",
                "crossBorder", "cashIntensive", "highRiskIndustry", "activityInconsistent", "privateBanking",
                "identityUnverifiable", "beneficialOwnerUnverifiable", "politicallyExposed", "openSuspiciousReport",
                "confirmedWatchListHit");
    }

    private Map<String, AmlAssessment> fastPath(String name) {
        Map<String, AmlAssessment> rated = new LinkedHashMap<>();
        AmlRatingRunner.run(input, tmp.resolve("work-" + name), AS_OF, policy, tmp.resolve(name + ".csv"), rated::put);
        return rated;
    }

    /** As the rating was before the fast path: the full feature query, every document parsed in full. */
    private Map<String, AmlAssessment> fullPath() throws Exception {
        Map<String, Profile> profiles = new HashMap<>();
        for (String line : Files.readAllLines(input.resolve(SegmentInput.CUSTOMERS), StandardCharsets.UTF_8)) {
            Profile p = ProfileJson.read(line);
            profiles.put(p.customerId(), p);
        }
        ComplianceFlags flags = ComplianceFlagsFile.read(input);
        Map<String, AmlAssessment> rated = new LinkedHashMap<>();
        Path work = tmp.resolve("work-full");
        Files.createDirectories(work);
        SegmentInput in = SegmentInput.open(input, work);
        try (var db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            in.loadCustomers((DuckDBConnection) db, 2, work);
            in.createViews(s);
            s.execute(FeatureSql.of(AS_OF, policy));
            try (ResultSet rs = s.executeQuery("select " + FeatureRow.COLUMNS + ", cast(null as varchar[]), 0, "
                    + "cast(null as varchar[]) from run_features order by ordinal")) {
                while (rs.next()) {
                    FeatureRow row = FeatureRow.read(rs);
                    CustomerFeatures f = row.withProfile(profiles.get(row.customerId()), flags);
                    boolean privateBanking = f.isCustomer()
                            && policy.aumTier().bands().bandOf(f.aum()).code().equals("PRIVATE");
                    rated.put(f.customerId(), AmlRating.assess(new RatingInput(f.type(), f.profile(), f.ageAt(AS_OF),
                            privateBanking, f.activityAmount(), f.aml(), policy.frequency().windowDays()), policy));
                }
            }
        }
        return rated;
    }

    /**
     * Gives the generated customers the facts the rating reads and the generator does not write: identity checks,
     * politically exposed persons, onboarding channels, nationalities and regions on the high-risk list, high-risk
     * industries and business scopes, beneficial owners missing, unverified or not checked.
     */
    @SuppressWarnings("unchecked")
    private static void plantAmlFacts(Path customers) throws Exception {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(customers, StandardCharsets.UTF_8)) {
            Map<String, Object> doc = new LinkedHashMap<>(Json.read(line));
            boolean corporate = "CORPORATE".equals(doc.get("type"));
            Map<String, Object> company = corporate ? new LinkedHashMap<>((Map<String, Object>) doc.get("corporate")) : null;
            switch (i++ % 12) {
                case 0 -> {
                    doc.put("pep", "FOREIGN");
                    doc.put("identity", Map.of("verified", true, "method", "ONLINE_CHECK"));
                    doc.put("onboarding", "NON_FACE_TO_FACE");
                }
                case 1 -> doc.put("identity", Map.of("verified", false));
                case 2 -> doc.put("industry", "拍卖");
                case 3 -> {
                    doc.put("nationality", "KP");
                    doc.put("residency", "INTERNATIONAL");
                }
                case 4 -> {
                    if (corporate) {
                        company.put("businessScope", "贵金属、珠宝零售");
                        List<Map<String, Object>> owners = new ArrayList<>();
                        for (Object o : (List<Object>) company.get("beneficialOwners")) {
                            Map<String, Object> owner = new LinkedHashMap<>((Map<String, Object>) o);
                            owner.put("verified", owners.isEmpty());
                            owners.add(owner);
                        }
                        company.put("beneficialOwners", owners);
                    } else {
                        doc.put("pep", "ASSOCIATE");
                        doc.put("onboarding", "FACE_TO_FACE");
                    }
                }
                case 5 -> {
                    if (corporate) {
                        company.put("beneficialOwners", List.of());
                    } else {
                        doc.put("region", "IR");
                    }
                }
                case 6 -> {
                    doc.put("nationality", "US");
                    doc.put("occupation", "casino dealer");
                }
                case 7 -> doc.put("identity", Map.of("verified", true));
                default -> {
                    // as generated
                }
            }
            if (corporate) {
                doc.put("corporate", company);
            }
            out.add(Json.write(doc));
        }
        Files.write(customers, out, StandardCharsets.UTF_8);
    }
}
