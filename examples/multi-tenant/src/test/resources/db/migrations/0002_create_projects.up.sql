SET lock_timeout = '2s';   -- the foreign key locks tenants (SHARE ROW EXCLUSIVE): fail fast rather than queue reads

-- the tenant column leads the key, so no unique index tells one tenant that another's value exists
CREATE TABLE projects (
    tenant_id integer NOT NULL REFERENCES tenants (id),
    id        integer NOT NULL,
    name      text    NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
-- FORCE: the owner is bound too; nullif: a pooled session whose previous transaction set the tenant reads '' after it
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON projects
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer);
GRANT SELECT, INSERT, UPDATE, DELETE ON projects TO app_tenant_user;
