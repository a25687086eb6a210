-- The role the application connects as: not the owner, not a superuser, so the policies bind it.
-- Roles are cluster-wide and may exist already; the downs never drop it (other databases may use it).
DO $$ BEGIN CREATE ROLE app_tenant_user NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

-- shared by every tenant (a lookup, listed in globalTables): no RLS, read-only for the application
CREATE TABLE tenants (
    id   integer PRIMARY KEY,
    name text    NOT NULL
);
GRANT SELECT ON tenants TO app_tenant_user;
