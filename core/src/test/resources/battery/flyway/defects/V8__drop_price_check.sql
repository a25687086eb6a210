ALTER TABLE accounts DROP CONSTRAINT accounts_price_check;
