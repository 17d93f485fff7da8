package io.clientlens.app.security;

import io.clientlens.app.refusal.Forbidden;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.code.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which customers the signed-in user may see (docs/SECURITY.md): an RM their own
 * (customer.relationship_manager = the user's RM id), SALES and SUPERVISOR their branch, the other
 * roles every branch. A customer outside the scope answers 404 exactly like one that does not
 * exist, so that existence does not leak; the refusal is logged.
 */
@Component
public class Scope {
    private static final Logger LOG = LoggerFactory.getLogger(Scope.class);

    /** Restriction of customer lists: null fields mean no restriction. */
    public record Filter(String branch, String rmId) {
    }

    private final JdbcClient jdbc;

    public Scope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static Filter filter(SignedInUser user) {
        return switch (user.role()) {
            case RM -> new Filter(null, user.rmId());
            case SALES, SUPERVISOR -> new Filter(user.branch() == null ? "\u0000none" : user.branch(), null);
            default -> new Filter(null, null);
        };
    }

    public static boolean covers(SignedInUser user, String branch, String rm) {
        Filter f = filter(user);
        return (f.branch() == null || f.branch().equals(branch)) && (f.rmId() == null || f.rmId().equals(rm));
    }

    /** 404 unless the customer exists and is in the current user's scope. */
    public void requireCustomer(String customerId) {
        SignedInUser user = Actors.current();
        Optional<String[]> row = jdbc.sql("select branch_id, relationship_manager from customer where customer_id = :id")
                .param("id", customerId).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            throw new NotFound("customer", customerId);
        }
        if (!covers(user, row.get()[0], row.get()[1])) {
            LOG.warn("Refused: user '{}' ({}) asked for customer '{}' outside their scope", user.username(), user.role(), customerId);
            throw new NotFound("customer", customerId);
        }
    }

    /** Whether the customer exists and is in the current user's scope (for filtering lists; not logged). */
    public boolean visible(String customerId) {
        SignedInUser user = Actors.current();
        return jdbc.sql("select branch_id, relationship_manager from customer where customer_id = :id").param("id", customerId)
                .query((rs, n) -> covers(user, rs.getString(1), rs.getString(2))).optional().orElse(false);
    }

    /** 404 unless the suitability check exists and its customer is in scope. */
    public void requireCheck(long checkId) {
        String customer = jdbc.sql("select customer_id from suitability_check where check_id = :id").param("id", checkId)
                .query(String.class).optional().orElseThrow(() -> new NotFound("suitability check", String.valueOf(checkId)));
        requireCustomer(customer);
    }

    /** 403 unless a profile document may be saved with this branch and RM by the current user. */
    public void requireAssignable(String branch, String rm) {
        SignedInUser user = Actors.current();
        if (!covers(user, branch, rm)) {
            LOG.warn("Refused: user '{}' ({}) tried to assign a customer to branch '{}' / RM '{}'", user.username(), user.role(), branch, rm);
            throw new Forbidden(Label.of("只能将客户分配到本人负责范围（分行 " + user.branch() + "，客户经理 " + user.rmId() + "）",
                    "a customer can only be assigned within your own scope (branch " + user.branch() + ", RM " + user.rmId() + ")"));
        }
    }
}
