-- ClientLens schema v12: the suitability chain as docs/SUITABILITY.md describes it.
--  * product.high_market_risk: what the catalogue says (true/false), or null to leave it to the policy
--    (R5 by default, R4 too if the policy says so; a derivative always).
--  * suitability_check.review: when the supervisor reviews the report: BEFORE_SALE (a step the sale waits
--    for), AFTER_SALE (by review_due_on), NONE (no sale can follow, or a check made before this version).
--  * suitability_check.initiative_confirmation: the written confirmation must also record the face-to-face
--    explanation and the customer's own initiative.
--  * suitability_signature: the signatures of customer and RM captured on screen for the written
--    confirmation, as PNG with their SHA-256 (also in the audit record); append-only.

alter table product add column high_market_risk boolean;

alter table suitability_check
    add column review text not null default 'NONE' check (review in ('BEFORE_SALE', 'AFTER_SALE', 'NONE')),
    add column review_due_on date,
    add column initiative_confirmation boolean not null default false;
-- Checks made before: their steps stand as they were; they are not put into the review queue afterwards.
update suitability_check set review = 'BEFORE_SALE' where steps @> '["SUPERVISOR_REVIEW"]';
update suitability_check set initiative_confirmation = true where steps @> '["WRITTEN_CONFIRMATION"]';
alter table suitability_check alter column review drop default;
alter table suitability_check add constraint suitability_check_review_due
    check ((review = 'AFTER_SALE') = (review_due_on is not null));
-- The amounts of one customer's checks of one product over the policy's window of days.
create index suitability_check_customer_product on suitability_check (customer_id, product_code, checked_at);
create index suitability_check_review on suitability_check (review, checked_at) where review <> 'NONE';

create table suitability_signature (
    check_id         bigint not null references suitability_check,
    signer           text not null check (signer in ('CUSTOMER', 'RM')),
    png              bytea not null,
    sha256           text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    width            int not null check (width > 0),
    height           int not null check (height > 0),
    captured_by      text not null,               -- the RM who recorded the confirmation
    captured_at      timestamp not null,          -- bank-local time
    primary key (check_id, signer)
);

create function suitability_signature_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'suitability_signature is append-only: % is not allowed (check %)', tg_op, old.check_id
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger suitability_signature_append_only before update or delete on suitability_signature
    for each row execute function suitability_signature_is_append_only();
