-- two statements, the second one broken on line 6
INSERT INTO a VALUES (1);

CREATE TABLE b (
    id int PRIMARY KEY,
    name txet NOT NULL
);
