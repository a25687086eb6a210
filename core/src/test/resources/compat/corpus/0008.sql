-- name: add_tag
-- params: 'red'
-- types: text
INSERT INTO tags (name) VALUES ($1);

-- name: add_other_tag
INSERT INTO tags (name) VALUES ('blue');
