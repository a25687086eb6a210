-- name: indifferent_people
SELECT id FROM people WHERE mood = 'meh';

-- name: happy_people
SELECT id FROM people WHERE mood = 'happy';
