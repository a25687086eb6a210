-- name: one
SELECT 1;

-- name: two
