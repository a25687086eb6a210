ALTER TABLE accounts ADD CONSTRAINT accounts_price_check CHECK (price > -1); -- another expression
