UPDATE accounts SET name = left(name, -1);
