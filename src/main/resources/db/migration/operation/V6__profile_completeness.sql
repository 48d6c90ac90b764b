-- The editable standards a base profile lacks, kept with every change (computed by the application; NULL until a
-- profile opened before this column existed has been computed at start-up), so that the district's flags are counted
-- and filtered in the query.
ALTER TABLE base_profile ADD COLUMN incomplete_standards VARCHAR(80);
