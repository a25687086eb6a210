SELECT 1; -- PostgreSQL cannot drop an enum value
