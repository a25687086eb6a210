DROP TABLE ${table_name};
