-- Per-customer advisory records at an as-of date in Spark SQL: the definitions of the DuckDB path
-- (clientlens-batch .../segment/advisory.sql) and the database path, over the views in_assessments
-- and in_needs. Of the assessments on or before as-of, the latest per questionnaire kind and
-- channel, as KIND,CHANNEL,CODE,YYYY-MM-DDTHH:MM:SS texts ordered by kind and channel; of the needs
-- identified on or before as-of, how many were still open and the planning areas they name.
with latest as (
    select customerId as customer_id, kind, channel, resultCode, assessedAt,
           row_number() over (partition by customerId, kind, channel order by assessedAt desc, assessmentId desc) as n
    from in_assessments
    where cast(assessedAt as date) <= ${asOf}
),
assessed as (
    select customer_id,
           transform(array_sort(collect_list(struct(kind, channel,
                     concat(kind, ',', channel, ',', resultCode, ',', date_format(assessedAt, "yyyy-MM-dd'T'HH:mm:ss")) as text))),
                     s -> s.text) as assessments
    from latest
    where n = 1
    group by customer_id
),
needs as (
    select customerId as customer_id,
           count(*) filter (where closedOn is null or closedOn > ${asOf}) as open_needs,
           array_sort(collect_set(area)) as need_areas
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
