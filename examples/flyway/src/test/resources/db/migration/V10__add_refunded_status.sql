-- PostgreSQL 12+ can add an enum value inside a transaction
ALTER TYPE order_status ADD VALUE 'refunded';
