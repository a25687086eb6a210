-- name: read_counter
SELECT id, hits FROM counters;

-- name: bump_counter
-- params: 1
-- types: integer
UPDATE counters SET hits = hits + 1 WHERE id = $1;
