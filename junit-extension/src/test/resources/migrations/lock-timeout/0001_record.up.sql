-- records the lock timeout the step runs under
CREATE TABLE seen AS SELECT current_setting('lock_timeout') AS lock_timeout;
