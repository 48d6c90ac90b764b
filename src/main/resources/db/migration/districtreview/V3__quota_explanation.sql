-- A district that finalises its recommendation list below the call's quota explains why in writing; the letter
-- (推荐函) shows the explanation. Lists finalised before have none.
ALTER TABLE recommendation ADD COLUMN quota_explanation VARCHAR(2000);
