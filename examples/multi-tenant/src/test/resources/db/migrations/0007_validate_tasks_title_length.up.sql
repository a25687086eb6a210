-- VALIDATE scans under SHARE UPDATE EXCLUSIVE only: reads and writes go on
ALTER TABLE tasks VALIDATE CONSTRAINT tasks_title_length;
