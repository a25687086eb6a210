CREATE TABLE order_items (
    order_id   bigint  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    sku        text    NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_cents integer NOT NULL,
    PRIMARY KEY (order_id, sku)
);
