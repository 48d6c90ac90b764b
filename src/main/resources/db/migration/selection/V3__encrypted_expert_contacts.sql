-- Experts' e-mail addresses and phones are stored SM4-GCM encrypted (cn.tsbase.shared.crypto.EncryptedText): the
-- columns are widened for the encrypted form; plain rows are encrypted at start-up (FieldEncryptionMigration).
ALTER TABLE expert ALTER COLUMN email SET DATA TYPE VARCHAR(500);
ALTER TABLE expert ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
