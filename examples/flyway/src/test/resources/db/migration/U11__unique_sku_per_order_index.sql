DROP INDEX CONCURRENTLY order_items_sku_idx;
