CREATE INDEX CONCURRENTLY order_items_sku_idx ON order_items (sku);
