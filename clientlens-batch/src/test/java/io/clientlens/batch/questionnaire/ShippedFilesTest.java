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
