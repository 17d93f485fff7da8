-- The stored signatures of a signed risk disclosure are append-only like the audit trail: TRUNCATE is
-- refused as well as UPDATE and DELETE (docs/SECURITY.md, "Database accounts").
create trigger suitability_signature_no_truncate before truncate on suitability_signature
    for each statement execute function append_only_refuses_truncate();
