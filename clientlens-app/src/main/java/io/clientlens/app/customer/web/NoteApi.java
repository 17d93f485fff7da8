package io.clientlens.app.customer.web;

import io.clientlens.app.customer.InteractionNotes;
import io.clientlens.app.customer.InteractionNotes.NewNote;
import io.clientlens.app.customer.InteractionNotes.Note;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.clock.Now;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.customer.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interaction notes of one customer: list (newest first) and append. There is no update or delete. */
@RestController
@RequestMapping(path = "/api/v1/customers/{id}/notes", produces = MediaType.APPLICATION_JSON_VALUE)
class NoteApi {
    private static final int MAX_LIMIT = 500;

    private final InteractionNotes notes;
    private final Scope scope;
    private final Now now;

    NoteApi(InteractionNotes notes, Scope scope, Now now) {
        this.notes = notes;
        this.scope = scope;
        this.now = now;
    }

    @GetMapping
    @Operation(summary = "The customer's interaction notes, newest first (limit 1–500, default 50)")
    Map<String, Object> list(@PathVariable String id, @RequestParam(defaultValue = "50") int limit) {
        scope.requireCustomer(id);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequest(List.of(new FieldProblem("limit", "应在 1 到 " + MAX_LIMIT + " 之间", "must be between 1 and " + MAX_LIMIT)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", id);
        body.put("items", notes.latest(id, limit).stream().map(NoteApi::document).toList());
        return body;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Append a note {kind: VISIT|CALL|MESSAGE, occurredOn: yyyy-MM-dd, text}; corrections are new notes")
    ResponseEntity<Map<String, Object>> add(@PathVariable String id, @RequestBody Map<String, Object> body) {
        scope.requireCustomer(id);
        NewNote note = new NewNote(text(body.get("kind")), text(body.get("occurredOn")), text(body.get("text")));
        List<FieldProblem> problems = InteractionNotes.problems(note, now.get().toLocalDate());
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var user = Actors.current();
        Note saved = notes.add(id, note, user.username(), user.role().name());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/notes")).body(document(saved));
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    static Map<String, Object> document(Note n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("noteId", n.noteId());
        m.put("customerId", n.customerId());
        m.put("kind", n.kind());
        m.put("occurredOn", n.occurredOn().toString());
        m.put("text", n.text());
        m.put("author", n.author());
        m.put("authorRole", n.authorRole());
        m.put("createdAt", n.createdAt().toString());
        return m;
    }
}
