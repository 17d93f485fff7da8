-- Per-customer features at an as-of date (docs/POLICY.md, docs/FEATURES.md): the one definition every
-- engine runs (PostgreSQL for the database path, DuckDB for segment, Spark SQL for segment --engine
-- spark). io.clientlens.batch.features.FeatureQuery fills it in for a dialect:
--   ${customers} ${accounts} ${links} ${transactions} ${loans} ${cards} ${holdings}: the input
--     relations, with the column names used below (docs/FEATURES.md lists them; the transactions'
--     direction, channel and cross_border serve anti-money laundering, docs/AML.md);
--   ${customerColumns}: the engine's own customer columns passed through (profile fields, order);
--   ${asOf}, ${activityFrom}, ${feeFrom}: DATE literals (a window of N days ending at as-of holds
--     the dates d with as-of - N < d <= as-of, so it starts at as-of - N + 1);
--   ${asOfYear} ${asOfMonth} ${asOfDay}: integers; ${postings} ${fees} ${investments}: lists of
--     string literals for IN (NULL when empty);
--   the functions days(a, b), idiv(a, b), last_by(v, k1, k2), distinct_list(x), nonnull_list(...),
--     concat_lists(a, b) and empty_list(), which differ between the dialects (FeatureQuery.Dialect).
-- Only standard SQL that PostgreSQL, DuckDB and Spark SQL all accept is used outside them.
-- Transactions are aggregated per account first (one aggregate over the biggest input), so nothing
-- else touches them.
with acct as (
    select account_id, opened, closed
    from ${accounts} a
    where opened <= ${asOf}
),
lnk as (
    select l.customer_id, l.link_id, l.account_id, l.role, a.opened, a.closed
    from ${links} l
    join acct a on a.account_id = l.account_id
),
tx as (
    select t.account_id, t.txn_date, t.seq, t.amount, t.balance, t.direction, t.channel,
           coalesce(t.cross_border, false) as cross_border,
           coalesce(t.category in (${postings}), false) as posting,
           coalesce(t.category in (${fees}), false) as fee
    from ${transactions} t
    where t.txn_date <= ${asOf}
),
account_activity as (
    select account_id,
           count(*) filter (where not posting and txn_date >= ${activityFrom}) as activity_count,
           coalesce(sum(amount) filter (where not posting and txn_date >= ${activityFrom}), 0) as activity_amount,
           max(txn_date) filter (where not posting) as last_activity,
           coalesce(sum(amount) filter (where fee and txn_date >= ${feeFrom}), 0) as fees,
           -- anti-money laundering (docs/AML.md): cash, credits and cross-border transactions among the activity
           coalesce(sum(amount) filter (where not posting and channel = 'CASH' and txn_date >= ${activityFrom}), 0)
               as cash_amount,
           coalesce(sum(amount) filter (where not posting and direction = 'CREDIT' and txn_date >= ${activityFrom}), 0)
               as credit_amount,
           count(*) filter (where not posting and cross_border and txn_date >= ${activityFrom}) as cross_border_count,
           -- the balance after the last posting on or before as-of (latest date, then sequence)
           last_by(balance, txn_date, seq) as balance
    from tx
    group by account_id
),
owned as (
    select l.customer_id, l.account_id, l.closed,
           coalesce(x.balance, 0) as balance,
           coalesce(x.activity_count, 0) as activity_count,
           coalesce(x.activity_amount, 0) as activity_amount,
           x.last_activity,
           coalesce(x.fees, 0) as fees,
           coalesce(x.cash_amount, 0) as cash_amount,
           coalesce(x.credit_amount, 0) as credit_amount,
           coalesce(x.cross_border_count, 0) as cross_border_count
    from lnk l
    left join account_activity x on x.account_id = l.account_id
    where l.role = 'OWNER'
),
owned_totals as (
    select customer_id,
           sum(greatest(balance, 0)) as deposits,
           sum(greatest(-balance, 0)) as overdrawn,
           sum(activity_count) as activity_count,
           sum(activity_amount) as activity_amount,
           max(last_activity) as last_activity,
           sum(fees) as fees,
           sum(cash_amount) as cash_amount,
           sum(credit_amount) as credit_amount,
           sum(cross_border_count) as cross_border_count,
           count(*) filter (where closed is null or closed > ${asOf}) as open_owned
    from owned
    group by customer_id
),
link_totals as (
    select customer_id,
           count(distinct account_id) as linked,
           count(distinct account_id) filter (where closed is null or closed > ${asOf}) as open_linked,
           min(opened) as first_opened
    from lnk
    group by customer_id
),
granted_loans as (
    -- elapsed full months = (y2-y1)*12 + (m2-m1) - (1 if d2 < d1); a loan runs while elapsed < duration
    select o.customer_id, l.amount, l.duration_months,
           cast((${asOfYear} - extract(year from l.granted)) * 12 + (${asOfMonth} - extract(month from l.granted))
                - case when ${asOfDay} < extract(day from l.granted) then 1 else 0 end as integer) as elapsed
    from ${loans} l
    join owned o on o.account_id = l.account_id
    where l.granted <= ${asOf}
),
loan_totals as (
    -- outstanding = amount × (duration − elapsed) / duration, summed exactly in units of 10^-12
    -- yuan (integer arithmetic: every engine divides integers the same way, not so decimals), then
    -- rounded half up to the fen
    select customer_id,
           sum(case when elapsed < duration_months
                    then idiv(cast(round(amount * 100) as decimal(38, 0)) * (duration_months - elapsed) * 10000000000,
                              duration_months)
                    else 0 end) as outstanding_pico
    from granted_loans
    group by customer_id
),
card_holders as (
    select distinct l.customer_id
    from ${cards} k
    join lnk l on l.link_id = k.link_id
    where k.issued <= ${asOf}
),
holdings_at as (
    select h.customer_id, h.product_type, h.amount, h.opened,
           least(coalesce(h.closed, ${asOf}), ${asOf}) as ended,
           (h.closed is null or h.closed > ${asOf}) as held,
           coalesce(h.product_type in (${investments}), false) as investment
    from ${holdings} h
    where h.opened <= ${asOf}
),
investment_spans as (
    -- Days an investment product was held (docs/POLICY.md, investment experience): in order of
    -- opening, each holding adds only the days beyond the furthest end of those opened before it,
    -- so a day on which several were held counts once.
    select customer_id,
           sum(greatest(days(ended, counted_from), 0)) as investment_days
    from (
        select customer_id, ended, greatest(opened, coalesce(reach, opened)) as counted_from
        from (
            select customer_id, opened, ended,
                   max(ended) over (partition by customer_id order by opened, ended
                                    rows between unbounded preceding and 1 preceding) as reach
            from holdings_at
            where investment
        ) ordered
    ) spans
    group by customer_id
),
holding_totals as (
    select customer_id,
           coalesce(sum(amount) filter (where held), 0) as held_amount,
           distinct_list(product_type) filter (where held) as held_types,
           count(*) filter (where investment) as investment_purchases
    from holdings_at
    group by customer_id
)
select c.customer_id,
       ${customerColumns}
       cast(c.imported_contribution as decimal(18, 2)) as imported_contribution,
       cast(coalesce(lt.linked, 0) as integer) as linked_accounts,
       cast(coalesce(lt.open_linked, 0) as integer) as open_linked_accounts,
       cast(days(${asOf}, lt.first_opened) as integer) as tenure_days,
       cast(coalesce(ot.deposits, 0) + coalesce(ht.held_amount, 0) as decimal(18, 2)) as aum,
       cast(coalesce(ot.overdrawn, 0) as decimal(18, 2)) as overdrawn,
       cast(cast(idiv(coalesce(nt.outstanding_pico, 0) + 5000000000, 10000000000) as decimal(18, 0))
            * cast(0.01 as decimal(3, 2)) as decimal(18, 2)) as loan_outstanding,
       cast(coalesce(ot.fees, 0) as decimal(18, 2)) as fees,
       cast(coalesce(ot.activity_count, 0) as integer) as activity_count,
       cast(coalesce(ot.activity_amount, 0) as decimal(18, 2)) as activity_amount,
       cast(days(${asOf}, ot.last_activity) as integer) as days_since_last_activity,
       concat_lists(nonnull_list(case when coalesce(ot.open_owned, 0) > 0 then 'DEPOSIT' end,
                                 case when nt.customer_id is not null then 'LOAN' end,
                                 case when ch.customer_id is not null then 'CARD' end),
                    coalesce(ht.held_types, empty_list())) as product_types,
       cast(coalesce(iv.investment_days, 0) as bigint) as investment_days,
       cast(coalesce(ht.investment_purchases, 0) as integer) as investment_purchases,
       cast(coalesce(ot.cash_amount, 0) as decimal(18, 2)) as cash_amount,
       cast(coalesce(ot.credit_amount, 0) as decimal(18, 2)) as credit_amount,
       cast(coalesce(ot.cross_border_count, 0) as integer) as cross_border_count
from ${customers} c
left join link_totals lt on lt.customer_id = c.customer_id
left join owned_totals ot on ot.customer_id = c.customer_id
left join loan_totals nt on nt.customer_id = c.customer_id
left join card_holders ch on ch.customer_id = c.customer_id
left join holding_totals ht on ht.customer_id = c.customer_id
left join investment_spans iv on iv.customer_id = c.customer_id
