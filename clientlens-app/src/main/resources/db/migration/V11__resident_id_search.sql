-- The customer search by resident ID number (/customers): an exact match on the stored number, shown masked.
create index customer_resident_id on customer ((profile ->> 'residentId'));
