ALTER TABLE customers ADD COLUMN notes text;
