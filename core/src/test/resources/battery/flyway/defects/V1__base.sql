CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy text,
    status text DEFAULT 'new',
    price numeric CHECK (price >= 0),
    feeling mood,
    tenant text
);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON accounts USING (tenant = current_user);
