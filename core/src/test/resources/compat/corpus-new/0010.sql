-- name: find_nickname
-- params: 1
-- types: bigint
SELECT nickname FROM users WHERE id = $1;

-- name: add_user
INSERT INTO users (full_name, nickname) VALUES ('Grace', 'G');
