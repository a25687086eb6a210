CREATE INDEX accounts_tenant_idx ON accounts (tenant);
