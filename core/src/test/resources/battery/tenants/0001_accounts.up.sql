-- the application's role; roles are cluster-wide, so it may exist already
DO $$ BEGIN CREATE ROLE mt_tenant_app NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE accounts (id integer NOT NULL, tenant_id integer NOT NULL, name text NOT NULL,
    PRIMARY KEY (tenant_id, id));
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE POLICY accounts_tenant ON accounts
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer);
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts TO mt_tenant_app;
