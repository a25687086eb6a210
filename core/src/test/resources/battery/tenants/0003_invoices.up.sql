CREATE TABLE invoices (id integer NOT NULL, tenant_id integer NOT NULL, total numeric NOT NULL,
    PRIMARY KEY (tenant_id, id));
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
CREATE POLICY invoices_tenant ON invoices
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer);
GRANT SELECT, INSERT, UPDATE, DELETE ON invoices TO mt_tenant_app;
