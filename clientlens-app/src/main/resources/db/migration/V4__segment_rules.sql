-- Custom segments stored for the server (docs/SEGMENTS.md); expressions are CEL, checked on save.
create table segment_rule (
    name       text primary key,
    label_zh   text not null,
    label_en   text not null,
    priority   int not null default 100,
    expression text not null,
    updated_at timestamptz not null default now()
);
