-- name: list_notes
SELECT id, title, body FROM notes ORDER BY id;

-- name: add_note
-- params: 'Groceries'
-- types: text
INSERT INTO notes (title) VALUES ($1);
