-- The workbench counts a book's open tasks by kind on every view: indexes that hold everything those counts read
-- (kind, due date, state, snoozed-until, and the RM for a branch's work by RM) answer them without reading the tasks.
drop index service_task_rm;
drop index service_task_branch;
create index service_task_rm on service_task (rm_id, kind, due_on) include (state, snoozed_until) where state in ('OPEN', 'SNOOZED');
create index service_task_branch on service_task (branch_id, kind, due_on) include (state, snoozed_until, rm_id)
    where state in ('OPEN', 'SNOOZED');
