-- What version 3 of the orders application sends (the release that shipped with migration 0003). It keeps running
-- while 0004..0012 are deployed, so each of these must still prepare, keep its result shape and execute after every
-- later step. Explicit column lists: a SELECT * would change shape when 0005 adds customers.name.

-- name: find_customer
-- params: 1
-- types: bigint
SELECT id, email, created_at FROM customers WHERE id = $1;

-- name: sign_up
-- params: 'new.customer@example.com'
-- types: text
INSERT INTO customers (email) VALUES ($1) RETURNING id;

-- name: place_order
-- params: 1250
-- types: integer
INSERT INTO orders (customer_id, total_cents)
SELECT id, $1 FROM customers ORDER BY id LIMIT 1
RETURNING id, status;

-- name: orders_of_customer
-- params: 1
-- types: bigint
SELECT id, status, total_cents, created_at FROM orders WHERE customer_id = $1 ORDER BY created_at DESC;

-- name: mark_paid
-- params: 1
-- types: bigint
UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending';
