package io.clientlens.app.service;

import io.clientlens.service.TaskKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the workbench shows one user (docs/SERVICE.md "Workbench"): the business date, tasks by kind with
 * the open ones by due date (overdue first) and the coming birthdays and maturities, the book's figures and trend, open service requests,
 * checks waiting for a review or an approval, and for supervisors the overdue work of each RM.
 */
public record WorkbenchView(String username, String role, String scopeLabel, LocalDate businessDate, Long runId, boolean computing,
                            List<KindCount> kinds, List<Task> dueNow, long dueNowTotal, List<Task> comingUp, Book book,
                            List<RequestLine> requests, List<CheckLine> checks, List<RmWork> byRm, List<ReferralLine> referrals) {

    /** Open tasks of a kind, and how many of them are due by the business date. */
    public record KindCount(TaskKind kind, long open, long due) {
    }

    /** The book at the latest run with figures: customers and AUM by class, new and lost since the run before, the trend. */
    public record Book(Long runId, LocalDate asOf, long customers, BigDecimal aum, List<ClassFigure> byClass, long newCustomers,
                       long lostCustomers, List<TrendPoint> trend) {
    }

    public record ClassFigure(String serviceClass, long customers, BigDecimal aum) {
    }

    public record TrendPoint(long runId, LocalDate asOf, long customers, BigDecimal aum) {
    }

    /** An open service request with its deadline; {@code breached} when the deadline has passed unanswered. */
    public record RequestLine(long requestId, String customerId, String customerName, String type, String state, Instant respondBy,
                              boolean breached, boolean escalated) {
    }

    /** A suitability check of this RM waiting for a review (AWAITING_REVIEW) or the second approval (AWAITING_SECOND_APPROVAL). */
    public record CheckLine(long checkId, String customerId, String customerName, String productCode, BigDecimal amount, String status,
                            Instant checkedAt) {
    }

    /** A supervisor's view of one RM: open tasks and those overdue. */
    public record RmWork(String rmId, long open, long overdue) {
    }

    /** A referral the user made or received, with its state. */
    public record ReferralLine(long referralId, String customerId, String customerName, String toRm, String state, Instant referredAt) {
    }
}
