COMMENT ON TABLE users IS 'people who sign in';
