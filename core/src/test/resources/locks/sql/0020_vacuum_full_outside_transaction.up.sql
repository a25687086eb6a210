SET lock_timeout = '1s';
-- VACUUM cannot run in a transaction: traced from a second connection while it waits for ACCESS EXCLUSIVE
VACUUM FULL parent;
