-- name: one
SELECT 1;

-- name: one
SELECT 2;
