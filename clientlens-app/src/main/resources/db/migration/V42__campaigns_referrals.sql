-- Campaigns and referrals (docs/SERVICE.md "Campaigns", "Referrals"). Every step is also in the audit trail.

-- A campaign invites a stored custom segment or a target list; conversions are holdings of its product opened within
-- [starts_on, ends_on]; revenue = converted amount × revenue_rate.
create table campaign (
    campaign_id    bigserial primary key,
    name           text not null check (length(name) between 1 and 200),
    kind           text not null check (kind in ('EVENT', 'FORUM', 'PRODUCT_OFFER')),
    product_code   text,
    segment        text,                          -- the stored segment it targeted, or null for a target list
    starts_on      date not null,
    ends_on        date not null,
    cost           numeric(18, 2) not null check (cost >= 0),
    revenue_rate   numeric(9, 6) not null check (revenue_rate between 0 and 1),
    branch_id      text,                          -- a branch's campaign (made by its supervisor), null for the bank's
    created_by     text not null,
    created_role   text not null,
    created_at     timestamptz not null,
    policy_version text not null,
    check (ends_on >= starts_on)
);

create table campaign_member (
    campaign_id  bigint not null references campaign on delete cascade,
    customer_id  text not null references customer,
    response     text not null default 'INVITED' check (response in ('INVITED', 'ACCEPTED', 'DECLINED', 'ATTENDED')),
    invited_at   timestamptz not null,
    responded_at timestamptz,
    responded_by text,
    primary key (campaign_id, customer_id)
);
create index campaign_member_customer on campaign_member (customer_id);
-- conversions: holdings of a product opened in a window
create index holding_product_opened on holding (product_code, opened);

-- A referral from lobby staff (sales role) to an RM, accepted and followed up; its outcome when closed.
create table referral (
    referral_id     bigserial primary key,
    customer_id     text not null references customer,
    referred_by     text not null,
    referred_role   text not null,
    branch_id       text,
    to_rm           text not null,
    note            text check (length(note) <= 1000),
    state           text not null check (state in ('REFERRED', 'ACCEPTED', 'DECLINED', 'FOLLOWED_UP', 'CLOSED')),
    outcome         text check (outcome in ('PRODUCT_OPENED', 'ADVICE_GIVEN', 'NOT_INTERESTED', 'UNREACHABLE')),
    follow_up_note  text check (length(follow_up_note) <= 1000),
    created_at      timestamptz not null,
    accepted_at     timestamptz,
    followed_up_at  timestamptz,
    closed_at       timestamptz,
    updated_at      timestamptz not null
);
create index referral_rm on referral (to_rm, referral_id);
create index referral_branch on referral (branch_id, referral_id);
