-- An import adds and updates a customer's facts; it never removes one. The imported profile document is merged onto
-- the stored one object by object: a fact the file leaves out, or gives empty, keeps its stored value; a list given
-- replaces the stored list. A file with only some columns therefore updates those columns and nothing else.
-- Removing a fact is done in the profile form or with a whole document through the REST API.
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
