CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint       NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status      order_status NOT NULL DEFAULT 'pending',
    total_cents integer      NOT NULL CHECK (total_cents >= 0),
    created_at  timestamptz  NOT NULL DEFAULT now()
);
