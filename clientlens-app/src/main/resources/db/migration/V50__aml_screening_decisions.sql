-- Compliance confirms or dismisses each possible watch-list match (docs/AML.md, "Screening"); a confirmed match makes
-- the customer PROHIBITED from the next classification (aml_customer_flag.confirmed_watch_list_hit).
alter table aml_screening_hit add column decision text check (decision in ('CONFIRMED', 'DISMISSED'));
alter table aml_screening_hit add column decided_by text;
alter table aml_screening_hit add column decided_at timestamptz;

alter table aml_case_event drop constraint aml_case_event_action_check;
alter table aml_case_event add constraint aml_case_event_action_check
    check (action in ('OPENED', 'ALERTS_ADDED', 'MATCHES_ADDED', 'START_REVIEW', 'PROPOSE', 'APPROVE', 'REJECT', 'FILE_STR',
                      'MATCH_CONFIRMED', 'MATCH_DISMISSED'));
