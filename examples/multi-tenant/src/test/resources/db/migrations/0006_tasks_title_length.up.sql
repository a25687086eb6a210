-- NOT VALID: existing rows are not scanned under the ACCESS EXCLUSIVE lock; the next step validates them
SET lock_timeout = '2s';
ALTER TABLE tasks ADD CONSTRAINT tasks_title_length CHECK (char_length(title) <= 200) NOT VALID;
