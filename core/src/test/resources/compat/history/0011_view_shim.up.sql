ALTER TABLE products RENAME TO items;
CREATE VIEW products AS SELECT id, title FROM items;
GRANT SELECT, INSERT, UPDATE, DELETE ON products TO mt_compat_app;
