-- The currency of the bank data, as the data set names it (Berka: CZK; the generator: CNY); without a row,
-- amounts are in the policy's currency. One row at most. Amounts are shown in it, never converted
-- (docs/POLICY.md, "Currency"). Each classification run records the currency its reasons name.
create table data_currency (
    only_row boolean primary key default true check (only_row),
    currency text not null check (currency ~ '^[A-Z]{3}$')
);

alter table classification_run add column currency text;
