-- CONCURRENTLY keeps writes flowing while the index builds; it cannot run in a transaction
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
