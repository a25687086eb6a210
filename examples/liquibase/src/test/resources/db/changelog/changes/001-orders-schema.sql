--liquibase formatted sql

--changeset shop:1
--comment: create customers
CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
--rollback DROP TABLE customers;

--changeset shop:2
--comment: order status enum
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
--rollback DROP TYPE order_status;

--changeset shop:3
--comment: create orders
CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint       NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status      order_status NOT NULL DEFAULT 'pending',
    total_cents integer      NOT NULL CHECK (total_cents >= 0),
    created_at  timestamptz  NOT NULL DEFAULT now()
);
--rollback DROP TABLE orders;

--changeset shop:4 runInTransaction:false
--comment: index orders by customer without blocking writes
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
--rollback DROP INDEX CONCURRENTLY orders_customer_id_idx;

--changeset shop:5
--comment: customer name
ALTER TABLE customers ADD COLUMN name text;
--rollback ALTER TABLE customers DROP COLUMN name;

--changeset shop:6
--comment: order totals view
CREATE VIEW customer_order_totals AS
SELECT c.id AS customer_id, c.email, count(o.id) AS orders, coalesce(sum(o.total_cents), 0) AS total_cents
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.email;
--rollback DROP VIEW customer_order_totals;

--changeset shop:7 splitStatements:false
--comment: updated_at trigger function
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION touch_updated_at();

--changeset shop:8
--comment: orders updated_at
ALTER TABLE orders ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE TRIGGER orders_touch_updated_at BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
--rollback DROP TRIGGER orders_touch_updated_at ON orders;
--rollback ALTER TABLE orders DROP COLUMN updated_at;

--changeset shop:9
--comment: order items
CREATE TABLE order_items (
    order_id   bigint  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    sku        text    NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_cents integer NOT NULL,
    PRIMARY KEY (order_id, sku)
);
--rollback DROP TABLE order_items;
