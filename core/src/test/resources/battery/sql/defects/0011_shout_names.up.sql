-- migrationtest:idempotent
UPDATE accounts SET name = name || '!';
