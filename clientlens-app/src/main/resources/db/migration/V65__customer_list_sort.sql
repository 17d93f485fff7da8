-- The customer list may be sorted by assets under management (docs/USER-GUIDE.md, "Customer list"): within one run,
-- in AUM order with the customer id as tie-break, so that a page of 50 is read from the index instead of sorting
-- every customer of the run. The other sort keys (risk level, service class, last contact, branch, RM) sort one
-- run's rows without an index: one more index per key would slow every run's inserts.
create index classification_aum on classification (run_id, ((features ->> 'aum')::numeric), customer_id);
