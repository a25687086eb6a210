SET lock_timeout = '2s';
DROP FUNCTION users_sync_email() CASCADE; -- and its trigger, in one statement
