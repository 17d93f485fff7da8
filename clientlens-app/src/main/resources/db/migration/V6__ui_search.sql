-- The customer search of the web workstation (/customers): an RM's own customers, a name by its
-- start (the stored clear name; shown masked), a mobile number exactly. Without these every
-- search would read the whole customer table.
create index customer_rm on customer (relationship_manager);
create index customer_name_prefix on customer ((profile ->> 'name') text_pattern_ops);
create index customer_mobile on customer ((profile ->> 'mobile'));
