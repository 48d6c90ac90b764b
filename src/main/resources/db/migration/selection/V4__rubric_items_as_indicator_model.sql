-- A rubric version's items are stored as the shared indicator model's JSON in the version (ADR 0030, step 3): one
-- dimension; a criterion keeps its code, range (minimum to points) and weight, a veto item (基本项) has no points.
-- The rows of review_rubric_item move into review_rubric.content; the table goes.
ALTER TABLE review_rubric ADD COLUMN content VARCHAR;
UPDATE review_rubric SET content = (
    SELECT '{"dimensions":[{"code":"ALL","name":null,"indicators":['
           || COALESCE(STRING_AGG('{"code":"' || REPLACE(REPLACE(i.code, '\', '\\'), '"', '\"') || '","name":"'
                     || REPLACE(REPLACE(i.name, '\', '\\'), '"', '\"') || '",'
                     || CASE WHEN i.kind = 'VETO'
                             THEN '"points":0,"guidance":null,"evidence":null,"veto":true,"dataSource":null}'
                             ELSE '"points":' || CAST(i.max_score AS VARCHAR)
                                  || ',"guidance":null,"evidence":null,"veto":false,"dataSource":null,"minimum":'
                                  || CAST(i.min_score AS VARCHAR) || ',"weight":' || CAST(i.weight AS VARCHAR) || '}'
                        END, ',' ORDER BY i.position), '')
           || ']}]}'
    FROM review_rubric_item i
    WHERE i.rubric_id = review_rubric.id);
ALTER TABLE review_rubric ALTER COLUMN content SET NOT NULL;
DROP TABLE review_rubric_item;
