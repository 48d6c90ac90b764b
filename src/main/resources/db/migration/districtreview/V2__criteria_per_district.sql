-- The scoring criteria of a call belong to the district that scores with them: a municipal call (for every district)
-- has one set per district, and no district changes another's. Rows from before have no district: those of a call
-- that districts already reviewed are copied to each of those districts; the rest stay as the call's starting set,
-- which a district copies as its own the first time it uses the call's criteria (and nobody can change any more).
ALTER TABLE review_criterion ADD COLUMN district_code VARCHAR(12);
ALTER TABLE review_criterion DROP CONSTRAINT review_criterion_uk;
ALTER TABLE review_criterion ADD CONSTRAINT review_criterion_district_uk UNIQUE (call_id, district_code, position);
INSERT INTO review_criterion (call_id, district_code, position, name, max_points)
SELECT c.call_id, r.district_code, c.position, c.name, c.max_points
FROM review_criterion c
JOIN (SELECT DISTINCT call_id, district_code FROM district_review) r ON r.call_id = c.call_id
WHERE c.district_code IS NULL;
CREATE INDEX review_criterion_call_district_idx ON review_criterion (call_id, district_code, position);
