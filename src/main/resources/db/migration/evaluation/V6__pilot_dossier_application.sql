-- The district's application in its pilot dossier: the work plan (工作方案: sanitised rich text and/or a document
-- held by the attachment module), the institutional results (制度性成果: a JSON list of title, kind, date and the
-- document's attachment id) and the submission to the municipal bureau (draft -> submitted -> recommended).
ALTER TABLE pilot_dossier ADD COLUMN work_plan VARCHAR(20000);
ALTER TABLE pilot_dossier ADD COLUMN work_plan_attachment_id BIGINT;
ALTER TABLE pilot_dossier ADD COLUMN institutional_results VARCHAR(16000);
ALTER TABLE pilot_dossier ADD COLUMN submitted_by VARCHAR(64);
ALTER TABLE pilot_dossier ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
