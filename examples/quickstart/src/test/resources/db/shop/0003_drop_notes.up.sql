-- migrationtest:data-lossy notes were copied to the CRM in 2025; nothing reads them
ALTER TABLE customers DROP COLUMN notes;
