-- An empty list in an imported document keeps the stored list, as an empty cell keeps the stored value. A profile
-- always holds some lists (the investment product types, a company's beneficial owners), empty when the file has no
-- column for them; without this, a file that gives only the years of investment experience would remove the product
-- types on record, and a file that gives only a company's size its beneficial owners.
create or replace function profile_merged(stored jsonb, imported jsonb) returns jsonb
language plpgsql immutable as $$
declare
    merged jsonb;
    part jsonb;
    k text;
begin
    if imported is null or jsonb_typeof(imported) = 'null' then
        return stored;
    end if;
    if stored is not null and jsonb_typeof(imported) = 'array' and jsonb_array_length(imported) = 0 then
        return stored;
    end if;
    if stored is null or jsonb_typeof(stored) <> 'object' or jsonb_typeof(imported) <> 'object' then
        return imported;
    end if;
    merged := stored;
    for k in select jsonb_object_keys(imported) loop
        part := profile_merged(stored -> k, imported -> k);
        if part is not null then
            merged := jsonb_set(merged, array[k], part, true);
        end if;
    end loop;
    return merged;
end
$$;
