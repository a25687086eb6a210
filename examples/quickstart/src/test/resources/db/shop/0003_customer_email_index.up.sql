-- outside a transaction: SHARE UPDATE EXCLUSIVE only, reads and writes go on
CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON customers (lower(email));
