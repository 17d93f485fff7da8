-- A campaign's product code is checked against the holdings when the campaign is created, and its report counts the
-- holdings of that code opened during the campaign: both look holdings up by product code.
create index holding_product on holding (product_code);
