-- Accounts' e-mail addresses and mobiles are stored SM4-GCM encrypted (cn.tsbase.shared.crypto.EncryptedText): the
-- columns are widened for the encrypted form; plain rows are encrypted at start-up (FieldEncryptionMigration).
ALTER TABLE user_account ALTER COLUMN email SET DATA TYPE VARCHAR(500);
ALTER TABLE user_account ALTER COLUMN mobile SET DATA TYPE VARCHAR(200);
