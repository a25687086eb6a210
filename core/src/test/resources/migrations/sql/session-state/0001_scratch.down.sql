-- wrong: the temp table only existed in the session that ran the up
DROP TABLE scratch;
DROP TABLE kept;
