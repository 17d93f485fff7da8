-- Per-customer advisory records at an as-of date in DuckDB: the same definitions as the database
-- path (clientlens-app .../classify/advisory.sql), over the views in_assessments (assessments.csv)
-- and in_needs (needs.csv), both empty when the file is not there.
-- Of the assessments on or before as-of, the latest per questionnaire kind and channel, as
-- KIND,CHANNEL,CODE,YYYY-MM-DDTHH:MM:SS texts; of the needs identified on or before as-of, how many
-- were still open (not closed on or before as-of) and the planning areas they name.
-- Placeholder: ${asOf} a DATE literal.
create or replace table run_advisory as
with latest as (
    select customerId as customer_id, kind, channel, resultCode, assessedAt,
           row_number() over (partition by customerId, kind, channel order by assessedAt desc, assessmentId desc) as n
    from in_assessments
    where cast(assessedAt as date) <= ${asOf}
),
assessed as (
    select customer_id,
           list(kind || ',' || channel || ',' || resultCode || ',' || strftime(assessedAt, '%Y-%m-%dT%H:%M:%S')
                order by kind, channel) as assessments
    from latest
    where n = 1
    group by customer_id
),
needs as (
    select customerId as customer_id,
           count(*) filter (where closedOn is null or closedOn > ${asOf}) as open_needs,
           list(distinct area order by area) filter (where area is not null) as need_areas
    from in_needs
    where identifiedOn <= ${asOf}
    group by customerId
)
select coalesce(a.customer_id, n.customer_id) as customer_id,
       a.assessments,
       cast(coalesce(n.open_needs, 0) as integer) as open_needs,
       n.need_areas
from assessed a
full outer join needs n on n.customer_id = a.customer_id
