ALTER TABLE tags ADD CONSTRAINT tags_name_key UNIQUE (name);
