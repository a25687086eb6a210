-- CONCURRENTLY keeps writes flowing while the index builds; it cannot run in a transaction, so it is a step of its own.
-- The tenant column first: every query the application sends is scoped to one tenant by the policy.
CREATE INDEX CONCURRENTLY tasks_tenant_due_on_idx ON tasks (tenant_id, due_on);
