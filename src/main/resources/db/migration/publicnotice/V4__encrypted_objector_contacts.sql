-- Objectors' ID numbers, phones and e-mail addresses are stored SM4-GCM encrypted (cn.tsbase.shared.crypto.EncryptedText):
-- the columns are widened for the encrypted form; plain rows are encrypted at start-up (FieldEncryptionMigration).
ALTER TABLE objection ALTER COLUMN objector_id_number SET DATA TYPE VARCHAR(200);
ALTER TABLE objection ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE objection ALTER COLUMN email SET DATA TYPE VARCHAR(500);
