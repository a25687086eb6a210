SET lock_timeout = '2s';   -- the foreign key locks projects

CREATE TABLE tasks (
    tenant_id  integer NOT NULL,
    id         integer NOT NULL,
    project_id integer NOT NULL,
    title      text    NOT NULL,
    done       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, id),
    -- composite: a task can only point at a project of its own tenant (referential checks bypass RLS)
    FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY tasks_tenant ON tasks
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer);
GRANT SELECT, INSERT, UPDATE, DELETE ON tasks TO app_tenant_user;
