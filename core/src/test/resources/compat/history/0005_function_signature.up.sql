DROP FUNCTION order_total(integer);
CREATE FUNCTION order_total(p_amount integer, p_currency text) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT p_amount * 2 $$;
