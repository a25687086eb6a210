-- name: log_event
-- params: 'login'
-- types: text
INSERT INTO audit_log (event) VALUES ($1);

-- name: read_log
SELECT id, event FROM audit_log;
