SELECT 1; -- forgets DROP SEQUENCE invoice_numbers
