-- name: add_order
-- params: 10
-- types: integer
INSERT INTO orders (amount) VALUES ($1) RETURNING id;

-- name: list_orders
SELECT id, amount FROM orders;
