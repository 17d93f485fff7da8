-- What the task rules need to know about each customer (docs/SERVICE.md "Where the facts come from"), one row per
-- customer; lists are joined with chr(30) between items and chr(31) between an item's fields.
-- Parameters: :run (the latest classification run, its codes and features), :asOf (its as-of date), :window (days of
-- the large-movement window), :postings (bank posting categories, chr(31)-joined: not movements), :maturing (product
-- types with a maturity, chr(31)-joined), :maturityUntil, :decidedFrom, :tiers (the AUM tiers whose large movements are
-- watched, chr(31)-joined) and :highEnd (high-end targets watched too). The flows are read only for the customers the
-- large-movement rule watches (the only rule that reads them): a few of the customers' transactions by account instead of
-- every transaction of the window. {only:x} is replaced by a condition limiting
-- alias x to the customers of :ids, or by nothing for every customer.
select c.customer_id, c.relationship_manager as rm_id, c.branch_id, c.birth_date, c.gender, c.profile ->> 'retired' as retired,
       ch.children,
       k.codes ->> 'serviceClass' as service_class, k.codes ->> 'aumTier' as aum_tier, k.codes ->> 'highEndTarget' as high_end,
       k.features ->> 'aum' as aum, k.features ->> 'tenureDays' as tenure_days, c.created_at::date as recorded_on,
       n.last_contact, a.assessments, h.holdings, fl.inflow, fl.outflow, nd.needs, d.decisions,
       k.codes ->> 'amlRisk' as aml_risk, r.last_review as aml_last_review, o.first_opened
from customer c
-- the children's birth dates in one pass over every customer's family, not a sub-select per customer (a quarter of the
-- statement's time at 100,000 customers); in no particular order (the rules sort them)
left join (select x.customer_id, string_agg(f ->> 'birthDate', chr(30)) as children
             from customer x,
                  jsonb_array_elements(case when jsonb_typeof(x.profile -> 'family') = 'array' then x.profile -> 'family' else '[]'::jsonb end) f
            where f ->> 'relation' = 'CHILD' and f ->> 'birthDate' ~ '^\d{4}-\d{2}-\d{2}$' {only:x}
            group by x.customer_id) ch on ch.customer_id = c.customer_id
left join classification k on k.run_id = :run and k.customer_id = c.customer_id
left join (select customer_id, max(occurred_on) as last_contact from interaction_note x where true {only:x} group by customer_id) n
       on n.customer_id = c.customer_id
left join (select customer_id, string_agg(assessment_id || chr(31) || assessed_on || chr(31) || (channel = 'BRANCH'), chr(30)) as assessments
             from (select distinct on (customer_id, channel = 'BRANCH') customer_id, assessment_id, assessed_on, channel
                     from assessment x where kind = 'RISK_TOLERANCE' {only:x}
                    order by customer_id, channel = 'BRANCH', assessed_at desc, assessment_id desc) latest
            group by customer_id) a on a.customer_id = c.customer_id
left join (select customer_id, string_agg(holding_id || chr(31) || coalesce(product_code, '') || chr(31) || product_type || chr(31)
                                          || coalesce(amount::text, '') || chr(31) || maturity, chr(30)) as holdings
             from holding x
            where maturity >= cast(:asOf as date) and maturity <= cast(:maturityUntil as date)
              and product_type = any (string_to_array(:maturing, chr(31)))
              and opened <= cast(:asOf as date) and (closed is null or closed > cast(:asOf as date)) {only:x}
            group by customer_id) h on h.customer_id = c.customer_id
left join (select x.customer_id,
                  sum(t.amount) filter (where t.direction = 'CREDIT') as inflow,
                  sum(t.amount) filter (where t.direction = 'DEBIT') as outflow
             from classification w
             join account_link x on x.customer_id = w.customer_id and x.role = 'OWNER'
             join txn t on t.account_id = x.account_id
            where w.run_id = :run
              and (w.codes ->> 'aumTier' = any (string_to_array(:tiers, chr(31))) or (:highEnd and w.codes ->> 'highEndTarget' = 'YES'))
              and t.txn_date > cast(:asOf as date) - :window and t.txn_date <= cast(:asOf as date)
              and not coalesce(t.category = any (string_to_array(:postings, chr(31))), false) {only:x}
            group by x.customer_id) fl on fl.customer_id = c.customer_id
left join (select x.customer_id, string_agg(x.need_id || chr(31) || e.accepted_on || chr(31)
                                            || regexp_replace(x.title, '[\x01-\x1f]', ' ', 'g'), chr(30)) as needs
             from need x
             join (select need_id, max(at)::date as accepted_on from need_event where to_status = 'ACCEPTED' group by need_id) e
               on e.need_id = x.need_id
            where x.status = 'ACCEPTED' {only:x}
            group by x.customer_id) nd on nd.customer_id = c.customer_id
left join (select x.customer_id, string_agg(s.check_id || chr(31) || s.step || chr(31) || s.approved || chr(31) || s.done_at::date
                                            || chr(31) || x.product_code || chr(31) || s.done_by, chr(30)) as decisions
             from suitability_step s join suitability_check x on x.check_id = s.check_id
            where s.step in ('SUPERVISOR_REVIEW', 'SECOND_APPROVAL') and s.done_at >= cast(:decidedFrom as date) {only:x}
            group by x.customer_id) d on d.customer_id = c.customer_id
-- what the AML module's periodic review is due from (its port, docs/SERVICE.md "AML reviews"): the last review compliance
-- recorded, the opening of the first account the customer owns
left join (select customer_id, max(reviewed_on) as last_review from aml_review x where true {only:x} group by customer_id) r
       on r.customer_id = c.customer_id
left join (select x.customer_id, min(a.opened) as first_opened
             from account_link x join account a on a.account_id = x.account_id
            where x.role = 'OWNER' {only:x}
            group by x.customer_id) o on o.customer_id = c.customer_id
where true {only:c}
-- in customer order: the tasks are staged in this order and inserted without sorting them again (merge joins: no sort)
order by c.customer_id
