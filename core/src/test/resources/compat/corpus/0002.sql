-- name: find_user
-- params: 1
-- types: bigint
SELECT id, display_name FROM users WHERE id = $1;

-- name: count_users
SELECT count(*) AS users FROM users;
