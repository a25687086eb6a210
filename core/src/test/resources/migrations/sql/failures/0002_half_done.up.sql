CREATE TABLE audit (id int);
INSERT INTO audit VALUES (1);
INSERT INTO missing_table VALUES (1);
