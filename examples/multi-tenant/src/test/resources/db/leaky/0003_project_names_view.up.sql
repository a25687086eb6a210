-- The leak: the view reads with its owner's rights, and its owner (the migration's superuser) bypasses every
-- policy, so the application sees every tenant's projects through it. On 15+ security_invoker = true fixes it;
-- on 13 and 14, a view owned by the table's (non-superuser) owner over forced RLS.
CREATE VIEW project_names AS SELECT tenant_id, id, name FROM projects;
GRANT SELECT ON project_names TO app_tenant_user;
