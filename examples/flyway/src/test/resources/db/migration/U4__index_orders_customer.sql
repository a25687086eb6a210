DROP INDEX CONCURRENTLY orders_customer_id_idx;
