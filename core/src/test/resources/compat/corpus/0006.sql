-- name: find_account
-- params: 1
-- types: integer
SELECT name FROM accounts WHERE id = $1;

-- name: list_accounts
SELECT name FROM accounts ORDER BY name;
