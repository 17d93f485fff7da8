package io.clientlens.app.suitability;

import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.batch.questionnaire.DocumentInvalid;
import io.clientlens.batch.questionnaire.QuestionnaireJson;
import io.clientlens.batch.questionnaire.ShippedQuestionnaires;
import io.clientlens.customer.FieldProblem;
import io.clientlens.questionnaire.Questionnaire;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The stored questionnaires. The shipped ones are installed when first needed; a bank adds its own
 * as new versions (never replacing a stored one, so old assessments keep their questions), and the
 * newest version of a kind is the one offered.
 */
@Repository
public class Questionnaires {
    private final JdbcClient jdbc;

    Questionnaires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(Questionnaire questionnaire, String definition, boolean shipped) {
    }

    public List<Stored> all() {
        installShipped();
        return jdbc.sql("select definition::text, shipped from questionnaire order by kind, version")
                .query((rs, i) -> stored(rs.getString(1), rs.getBoolean(2))).list();
    }

    public Optional<Stored> find(String id) {
        installShipped();
        return jdbc.sql("select definition::text, shipped from questionnaire where questionnaire_id = :id").param("id", id)
                .query((rs, i) -> stored(rs.getString(1), rs.getBoolean(2))).optional();
    }

    /** Adds a bank's questionnaire version; refuses an id or kind+version that exists. */
    public Stored add(String definition) {
        Questionnaire q;
        try {
            q = QuestionnaireJson.parse(definition, "questionnaire");
        } catch (DocumentInvalid e) {
            throw new InvalidRequest(e.problems());
        }
        installShipped();
        int clash = jdbc.sql("select count(*) from questionnaire where questionnaire_id = :id or (kind = :kind and version = :v)")
                .param("id", q.id()).param("kind", q.kind().name()).param("v", q.version()).query(Integer.class).single();
        if (clash > 0) {
            throw new InvalidRequest(List.of(new FieldProblem("id", "问卷 " + q.id() + "（或同类型的第 " + q.version()
                    + " 版）已存在：请使用新的编号和版本号", "questionnaire " + q.id() + " (or version " + q.version()
                    + " of its kind) exists already: use a new id and version")));
        }
        insert(q, definition, false);
        return new Stored(q, definition, false);
    }

    private void installShipped() {
        for (String text : ShippedQuestionnaires.texts()) {
            Questionnaire q = QuestionnaireJson.parse(text, "shipped");
            insert(q, text, true);
        }
    }

    private void insert(Questionnaire q, String definition, boolean shipped) {
        jdbc.sql("insert into questionnaire (questionnaire_id, kind, version, definition, shipped) "
                        + "values (:id, :kind, :v, cast(:d as jsonb), :s) on conflict do nothing")
                .param("id", q.id()).param("kind", q.kind().name()).param("v", q.version()).param("d", definition)
                .param("s", shipped).update();
    }

    private static Stored stored(String definition, boolean shipped) {
        return new Stored(QuestionnaireJson.parse(definition, "stored"), definition, shipped);
    }
}
