CREATE UNIQUE INDEX customers_email_lower_key ON customers (lower(email));
COMMENT ON INDEX customers_email_lower_key IS 'e-mail addresses are case-insensitive';
