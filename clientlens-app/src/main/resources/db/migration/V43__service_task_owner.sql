-- The workbench reads a book's open tasks many times per view: the RM and branch of each task's customer are kept on the
-- task (written when the task is computed, and again when the customer's profile changes, which queues the customer), so
-- that a book's open tasks are found through one small index instead of through every customer of the book.
alter table service_task add column rm_id text, add column branch_id text;
update service_task t set rm_id = c.relationship_manager, branch_id = c.branch_id from customer c where c.customer_id = t.customer_id;
create index service_task_rm on service_task (rm_id, due_on) where state in ('OPEN', 'SNOOZED');
create index service_task_branch on service_task (branch_id, due_on) where state in ('OPEN', 'SNOOZED');
