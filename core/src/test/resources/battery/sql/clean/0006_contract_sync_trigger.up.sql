DROP TRIGGER users_sync_email ON users;
DROP FUNCTION users_sync_email();
