ALTER POLICY invoices_tenant ON invoices RENAME TO invoices_by_tenant;
