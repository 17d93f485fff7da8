-- Per-customer advisory records at an as-of date: the same definitions as the file path
-- (clientlens-batch .../segment/advisory.sql). Of the assessments on or before as-of, the latest per
-- questionnaire kind and channel, as KIND,CHANNEL,CODE,YYYY-MM-DDTHH:MM:SS texts; of the needs
-- identified on or before as-of, how many were still open (not declined or met on or before as-of)
-- and the planning areas they name. Parameter: :asOf date.
create temp table run_advisory on commit drop as
with latest as (
    select distinct on (customer_id, kind, channel) customer_id, kind, channel, result_code, assessed_at
    from assessment
    where assessed_on <= cast(:asOf as date)
    order by customer_id, kind, channel, assessed_at desc, assessment_id desc
),
assessed as (
    select customer_id,
           array_agg(kind || ',' || channel || ',' || result_code || ',' || to_char(assessed_at, 'YYYY-MM-DD"T"HH24:MI:SS')
                     order by kind, channel) as assessments
    from latest
    group by customer_id
),
needs_at as (
    select n.customer_id, n.area,
           (select min(e.at)::date from need_event e
            where e.need_id = n.need_id and e.to_status in ('DECLINED', 'MET')) as closed_on
    from need n
    where n.created_at::date <= cast(:asOf as date)
),
needs as (
    select customer_id,
           count(*) filter (where closed_on is null or closed_on > cast(:asOf as date)) as open_needs,
           array_agg(distinct area order by area) filter (where area is not null) as need_areas
    from needs_at
    group by customer_id
)
select customer_id, a.assessments, coalesce(n.open_needs, 0)::int as open_needs, n.need_areas
from assessed a
full join needs n using (customer_id)
