DROP INDEX customers_email_lower_key;
