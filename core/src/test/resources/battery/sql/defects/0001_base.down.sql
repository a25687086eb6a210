DROP TABLE accounts;
DROP TYPE mood;
