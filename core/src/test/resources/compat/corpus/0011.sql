-- name: find_product
-- params: 1
-- types: bigint
SELECT id, title FROM products WHERE id = $1;

-- name: add_product
-- params: 'Lamp'
-- types: text
INSERT INTO products (title) VALUES ($1);
