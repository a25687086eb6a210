SELECT 1; -- forgets to recreate the policy
