-- The RM's tasks are written in bulk for every customer after a run (docs/SERVICE.md), like the classifications, which
-- have no foreign key to customer either: each task is computed from the customer row read in the same transaction, and
-- customers are never deleted. The foreign key locked every customer row a task was written for (FOR KEY SHARE), which
-- wrote every page of the customer table again (its full image into the WAL after each checkpoint): at 100,000
-- customers 160 MB of WAL and a sixth of the time it takes to write the tasks (docs/BENCHMARKS.md, "RM tasks").
alter table service_task drop constraint service_task_customer_id_fkey;
