ALTER TABLE accounts ALTER COLUMN status SET DEFAULT 'active';
