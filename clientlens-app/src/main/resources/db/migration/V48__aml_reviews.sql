-- Due-diligence reviews compliance records (docs/AML.md, "Due diligence"), append-only: who reviewed which customer,
-- when, at which rating and with what note. The next review falls due by the rating's period from the last one.
create table aml_review (
    review_id    bigserial primary key,
    customer_id  text not null references customer,
    reviewed_on  date not null,
    rating       text,
    reviewer     text not null,
    note         text,
    recorded_at  timestamptz not null default now()
);
create index aml_review_customer on aml_review (customer_id, reviewed_on desc);

create function aml_review_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'aml_review is append-only: % is not allowed (review %)', tg_op, old.review_id
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger aml_review_append_only before update or delete on aml_review
    for each row execute function aml_review_is_append_only();

create trigger aml_review_no_truncate before truncate on aml_review
    for each statement execute function aml_append_only_refuses_truncate();
