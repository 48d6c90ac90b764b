-- How a pool unit fared in selection: the declaration it applied with and the furthest stage that declaration
-- reached (applied, recommended or not by the district, passed the pre-review, proposed, published).
ALTER TABLE cultivation_entry ADD COLUMN declaration_id BIGINT;
ALTER TABLE cultivation_entry ADD COLUMN outcome VARCHAR(32);
