SELECT 1; -- forgets DROP FUNCTION account_count()
