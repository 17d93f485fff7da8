package io.clientlens.app.suitability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clientlens.batch.json.JsonDocument;
import io.clientlens.code.Language;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A suitability check as recorded (docs/SUITABILITY.md), with the steps done and whether the sale may go ahead now: what
 * {@link SuitabilityChecks} returns and the REST API, the pages and the command line show. The JSON field order is the
 * API's (docs/API.md).
 *
 * @param reasons        the decision's reasons as stored
 * @param inputs         what the decision saw, as recorded with it
 * @param disclosure     the risk disclosure shown to the customer
 * @param sale           SALE_ALLOWED, PENDING or SALE_REFUSED
 * @param missing        the steps still missing, in order, while the sale is PENDING (absent otherwise)
 */
@JsonPropertyOrder({"recordId", "customerId", "customerName", "productCode", "amount", "initiatedBy", "decision", "overridable",
        "steps", "reasons", "inputs", "disclosure", "confirmationSentence", "checkedBy", "checkedRole", "checkedAt", "policyVersion",
        "review", "reviewDueOn", "initiativeConfirmation", "done", "signatures", "sale", "missing"})
public record CheckView(long recordId, String customerId, String customerName, String productCode, BigDecimal amount,
                        String initiatedBy, String decision, boolean overridable, List<String> steps, List<StoredReason> reasons,
                        JsonDocument inputs, StoredLabel disclosure, String confirmationSentence, String checkedBy, String checkedRole,
                        String checkedAt, String policyVersion, String review, String reviewDueOn, boolean initiativeConfirmation,
                        List<Done> done, List<SignatureInfo> signatures, String sale,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> missing) {

    /** The first step still missing, if the sale waits for one. */
    public Optional<String> nextMissing() {
        return missing == null || missing.isEmpty() ? Optional.empty() : Optional.of(missing.get(0));
    }

    /** A reason as stored with the check; the field order is the stored document's. */
    @JsonPropertyOrder({"en", "zh", "rule"})
    public record StoredReason(String en, String zh, String rule) {
        public String in(Language lang) {
            return lang == Language.EN ? en : zh;
        }
    }

    /** A text in both languages as stored with the check; the field order is the stored document's. */
    @JsonPropertyOrder({"en", "zh"})
    public record StoredLabel(String en, String zh) {
        public String in(Language lang) {
            return lang == Language.EN ? en : zh;
        }
    }

    /** A step done: by whom in which role, approved or refused, the written opinion of a review or approval (if any), when. */
    @JsonPropertyOrder({"step", "by", "role", "approved", "opinion", "at"})
    public record Done(String step, String by, String role, boolean approved,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String opinion, String at) {
    }

    /** A signature of the written confirmation without the image: signer, SHA-256, size, who recorded it and when. */
    @JsonPropertyOrder({"signer", "sha256", "bytes", "width", "height", "capturedBy", "capturedAt"})
    public record SignatureInfo(String signer, String sha256, int bytes, int width, int height, String capturedBy, String capturedAt) {
    }
}
