-- name: add_customer
-- params: 'Ada@Example.com'
-- types: text
INSERT INTO customers (email) VALUES ($1);

-- name: list_customers
SELECT id, email FROM customers;
