-- name: find
-- params: 1, 2
SELECT $1::int;
