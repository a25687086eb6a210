ALTER TABLE accounts ADD COLUMN status text DEFAULT 'active';
