-- leaks: the view runs with its owner's rights, and the owner is not subject to the policy
CREATE VIEW account_names AS SELECT id, tenant_id, name FROM accounts;
GRANT SELECT ON account_names TO mt_tenant_app;
