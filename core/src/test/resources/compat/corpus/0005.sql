-- name: order_total
-- params: 21
-- types: integer
SELECT order_total($1) AS total;
