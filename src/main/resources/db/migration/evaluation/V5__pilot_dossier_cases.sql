-- The typical cases a district chooses from the case library for its pilot dossier: a JSON list of the published
-- cases (id, public title, case year) as they stood when chosen.
ALTER TABLE pilot_dossier ADD COLUMN typical_cases VARCHAR(8000);
