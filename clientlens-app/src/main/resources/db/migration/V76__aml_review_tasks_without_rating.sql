-- The periodic AML review task belongs to the RM, who may not know the customer's AML rating (no tipping-off). Tasks
-- written before named the rating in their text and kept it among their inputs; both are removed, the rest of the text
-- and the other inputs stay as they were.
update service_task
   set inputs    = inputs - 'rating',
       reason_zh = regexp_replace(reason_zh, '^反洗钱定期审查（[^）]*）于 ', '反洗钱定期审查于 '),
       reason_en = regexp_replace(reason_en, '^The periodic AML review \([^)]*\) is due on ', 'The periodic AML review is due on ')
 where kind = 'AML_REVIEW';
