-- name: add_user
-- params: 'Grace'
-- types: text
INSERT INTO users (full_name) VALUES ($1);

-- name: find_user
-- params: 1
-- types: bigint
SELECT id, full_name FROM users WHERE id = $1;
