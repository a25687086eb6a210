REVOKE INSERT ON audit_log FROM mt_compat_app;
