-- migrationtest:idempotent
INSERT INTO audit_log (note) VALUES ('seeded');
