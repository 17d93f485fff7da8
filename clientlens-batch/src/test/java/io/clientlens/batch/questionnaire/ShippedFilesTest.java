package io.clientlens.batch.questionnaire;

import io.clientlens.customer.FieldProblem;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.questionnaire.RiskLevel;
import io.clientlens.questionnaire.RiskToleranceAssessed;
import io.clientlens.questionnaire.Scoring;
import io.clientlens.suitability.Product;
import io.clientlens.suitability.ProductRisk;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped questionnaires, the sample answers and the sample product catalogue are all usable. */
class ShippedFilesTest {
    static final Path DOCS = Path.of("../docs/samples");

    @Test
    void shipsThreeValidQuestionnairesInChineseAndEnglish() {
        var all = ShippedQuestionnaires.texts().stream().map(t -> QuestionnaireJson.parse(t, "shipped")).toList();
        assertThat(all).extracting(q -> q.kind()).containsExactly(QuestionnaireKind.RISK_TOLERANCE,
                QuestionnaireKind.WEALTH_ATTITUDE, QuestionnaireKind.SOCIAL_STYLE);
        assertThat(all.get(0).questions()).hasSize(10);
        assertThat(all.get(0).maxScore()).isEqualTo(100);
    }

    @Test
    void aNulCharacterInABanksOwnQuestionnaireIsRefusedAtItsField() {
        String shipped = ShippedQuestionnaires.texts().get(0);
        String withNul = shipped.replace("个人客户风险承受能力评估问卷", "个人客户\\u0000问卷"); // the JSON escape of NUL
        assertThat(withNul).isNotEqualTo(shipped);
        assertThatThrownBy(() -> QuestionnaireJson.parse(withNul, "bank.json")).isInstanceOfSatisfying(DocumentInvalid.class, e ->
                assertThat(e.problems()).filteredOn(p -> p.field().equals("title.zh")).singleElement()
                        .satisfies(p -> assertThat(p.en()).contains("NUL")));
    }

    @Test
    void scoresTheSampleAnswersAsGrowthC4() throws IOException {
        var risk = QuestionnaireJson.parse(ShippedQuestionnaires.texts().get(0), "shipped");
        var sheet = AnswerSheet.parse(Files.readString(DOCS.resolve("risk-answers.json"), StandardCharsets.UTF_8), "sample");
        var r = (RiskToleranceAssessed) Scoring.assess(risk, sheet.answers());
        assertThat(r.score()).isEqualTo(71);
        assertThat(r.level()).isEqualTo(RiskLevel.C4);
    }

    @Test
    void readsTheSampleCatalogueWithADerivativeAndAnExperiencedOnlyProduct() throws IOException {
        List<Product> products = ProductCsv.parse(Files.readString(DOCS.resolve("products.csv"), StandardCharsets.UTF_8), "sample");
        assertThat(products).hasSize(15);
        assertThat(products).extracting(Product::risk).contains(ProductRisk.values());
        assertThat(products).anyMatch(Product::derivative).anyMatch(Product::experiencedOnly);
    }

    @Test
    void readsHighMarketRiskAsTheCatalogueSaysOrLeavesItToThePolicy() throws IOException {
        List<Product> products = ProductCsv.parse(Files.readString(DOCS.resolve("products.csv"), StandardCharsets.UTF_8), "sample");
        assertThat(products).filteredOn(p -> p.code().equals("SN12")).singleElement().extracting(Product::highMarketRisk).isEqualTo(true);
        assertThat(products).filteredOn(p -> p.code().equals("QDII01")).singleElement().extracting(Product::highMarketRisk).isNull();
        // the optional columns in either order, or left out
        String csv = "code,name,risk,type,experiencedOnly,minAmount,derivative,highMarketRisk,termMonths\nA,甲,R4,FUND,false,1,false,true,12\n";
        assertThat(ProductCsv.parse(csv, "x.csv")).singleElement().satisfies(p -> {
            assertThat(p.highMarketRisk()).isTrue();
            assertThat(p.termMonths()).isEqualTo(12);
        });
        String bad = "code,name,risk,type,experiencedOnly,minAmount,derivative,highMarketRisk\nD,期权,R3,DERIVATIVE,false,1,true,false\nE,乙,R3,FUND,false,1,false,perhaps\n";
        assertThatThrownBy(() -> ProductCsv.parse(bad, "x.csv")).isInstanceOfSatisfying(DocumentInvalid.class, e -> {
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("line 2.highMarketRisk", "line 3.highMarketRisk");
            assertThat(e.problems().get(0).zh()).contains("衍生品总是高市场风险产品");
        });
        assertThatThrownBy(() -> ProductCsv.parse("code,name,risk,type,experiencedOnly,minAmount,derivative,highRisk\n", "x.csv"))
                .isInstanceOfSatisfying(DocumentInvalid.class, e -> assertThat(e.problems().get(0).en())
                        .isEqualTo("expected the header code,name,risk,type,experiencedOnly,minAmount,derivative[,termMonths][,highMarketRisk]"));
    }

    @Test
    void rejectsAWholeCatalogueNamingEachBadCellByLine() {
        String csv = "code,name,risk,type,experiencedOnly,minAmount,derivative\nA,甲,R6,FUND,false,1,false\nB,乙,R1,FUND,maybe,-1,false\nA,丙,R1,FUND,false,1,false\n";
        assertThatThrownBy(() -> ProductCsv.parse(csv, "x.csv")).isInstanceOfSatisfying(DocumentInvalid.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("line 2.risk", "line 3.experiencedOnly", "line 3.minAmount"));
    }

    @Test
    void rejectsAnAnswerThatIsNeitherAnOptionNorAList() {
        assertThatThrownBy(() -> AnswerSheet.parse("{\"questionnaire\": \"risk-tolerance-v1\", \"answers\": {\"age\": 3}}", "a.json"))
                .isInstanceOfSatisfying(DocumentInvalid.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("answers.age"));
    }
}
