-- Transactions for anti-money-laundering monitoring (docs/AML.md): how the money moved (cash, transfer,
-- card) and whether it crossed the border. The counterparty (bank and account) was already kept.
alter table txn add column channel text check (channel in ('CASH', 'TRANSFER', 'CARD'));
alter table txn add column cross_border boolean not null default false;

-- Rows imported before these columns existed get the channel their readers now give them
-- (docs/generic-layout.md): Berka's VKLAD, VYBER and VYBER KARTOU are cash, its PREVOD transfers;
-- the generator's operations map to their channel. Anything else stays unknown.
update txn set channel = case
        when operation in ('VKLAD', 'VYBER', 'VYBER KARTOU', 'CASH_DEPOSIT', 'CASH_WITHDRAWAL') then 'CASH'
        when operation in ('PREVOD Z UCTU', 'PREVOD NA UCET', 'TRANSFER_IN', 'TRANSFER_OUT', 'QUICK_PAYMENT',
                           'AUTO_DEBIT') then 'TRANSFER'
        when operation = 'CARD_PAYMENT' then 'CARD'
    end
where operation in ('VKLAD', 'VYBER', 'VYBER KARTOU', 'CASH_DEPOSIT', 'CASH_WITHDRAWAL', 'PREVOD Z UCTU',
                    'PREVOD NA UCET', 'TRANSFER_IN', 'TRANSFER_OUT', 'QUICK_PAYMENT', 'AUTO_DEBIT', 'CARD_PAYMENT');
