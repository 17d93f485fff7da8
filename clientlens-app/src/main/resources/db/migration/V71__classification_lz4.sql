-- A run writes every customer's result document (about 8 KB of zh + en text, stored compressed) in one COPY. Where the
-- server has lz4, the documents are compressed with it instead of the default pglz: writing 100,000 of them took
-- 10-17 s instead of 18-25 s, for 5 % more space, and reading them back was faster too (docs/BENCHMARKS.md,
-- "Classifying while PostgreSQL writes"). A server built without lz4 keeps pglz; documents already stored stay as they
-- are.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table classification alter column dimensions set compression lz4;
    end if;
end
$$;
