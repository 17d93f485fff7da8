-- A run being deleted is first marked DELETING, in one short transaction with its audit record: every reader looks at
-- DONE runs only, so the run disappears for all of them at once, and its rows are then deleted in batches of short
-- transactions (a run of 1,000,000 customers holds about 6.5 GB). A deletion that stops part way leaves the run
-- DELETING, still invisible; the next deletion finishes it.
alter table classification_run drop constraint classification_run_status_check;
alter table classification_run add constraint classification_run_status_check
    check (status in ('RUNNING', 'DONE', 'FAILED', 'DELETING'));
