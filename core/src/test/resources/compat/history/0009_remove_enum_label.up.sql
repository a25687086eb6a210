ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('sad', 'happy');
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;
DROP TYPE mood_old;
