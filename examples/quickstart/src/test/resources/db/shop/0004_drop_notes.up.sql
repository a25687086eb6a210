-- migrationtest:data-lossy notes were copied to the CRM in 2025; nothing reads them
SET lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN notes;
