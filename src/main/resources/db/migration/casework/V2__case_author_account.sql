-- The account that wrote a typical case, so that a guidance officer who wrote it hears of the review's outcome.
-- Cases written before this column have none (their authors are told through the district, as before).
ALTER TABLE typical_case ADD COLUMN author_account_id BIGINT;
