-- migrationtest:data-lossy the status column was never read
ALTER TABLE accounts DROP COLUMN status;
