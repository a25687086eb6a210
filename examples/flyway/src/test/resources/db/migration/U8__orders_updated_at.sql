DROP TRIGGER orders_touch_updated_at ON orders;
ALTER TABLE orders DROP COLUMN updated_at;
