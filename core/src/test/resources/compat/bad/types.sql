-- name: find
-- types: bigint
SELECT 1;
