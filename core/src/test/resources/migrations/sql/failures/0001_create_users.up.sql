CREATE TABLE users (id int, email text);
INSERT INTO users VALUES (1, 'a@example.com'), (2, 'a@example.com');
