DROP POLICY tenant_read ON accounts;
