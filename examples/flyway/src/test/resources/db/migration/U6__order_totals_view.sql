DROP VIEW customer_order_totals;
