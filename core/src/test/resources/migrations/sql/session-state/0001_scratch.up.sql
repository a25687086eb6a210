CREATE TEMP TABLE scratch (id int);
CREATE TABLE kept (id int);
