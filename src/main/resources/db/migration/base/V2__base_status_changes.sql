-- A base's title can end: revoked (摘牌) by a decision with a document number, or withdrawn by the unit. The row stays.
ALTER TABLE demonstration_base ADD COLUMN status_changed_on DATE;
ALTER TABLE demonstration_base ADD COLUMN status_document VARCHAR(50);
ALTER TABLE demonstration_base ADD COLUMN status_reason VARCHAR(1000);
