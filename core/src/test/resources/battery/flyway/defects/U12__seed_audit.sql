DELETE FROM audit_log WHERE note = 'seeded';
