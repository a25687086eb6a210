ALTER TABLE accounts ALTER COLUMN status DROP DEFAULT; -- loses the default 'new'
