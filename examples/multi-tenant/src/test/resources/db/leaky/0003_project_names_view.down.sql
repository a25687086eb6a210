DROP VIEW project_names;
