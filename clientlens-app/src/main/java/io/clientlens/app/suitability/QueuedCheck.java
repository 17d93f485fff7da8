package io.clientlens.app.suitability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One entry of an approver's queue ({@link ReviewQueue}): the check, with {@code queue} after its fields in the API's JSON.
 */
@JsonPropertyOrder({"check", "queue"})
public record QueuedCheck(@JsonUnwrapped CheckView check, Queue queue) {

    /** Where the check stands in the queue. */
    public enum Kind { BEFORE_SALE, AFTER_SALE, SECOND_APPROVAL }

    /**
     * @param dueOn   the review's due date, for reviews after the sale (absent otherwise)
     * @param overdue whether that date has passed (absent for the other kinds)
     */
    @JsonPropertyOrder({"kind", "dueOn", "overdue"})
    public record Queue(Kind kind, @JsonInclude(JsonInclude.Include.NON_NULL) String dueOn,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean overdue) {
    }
}
