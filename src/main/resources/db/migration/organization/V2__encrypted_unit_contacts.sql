-- Units' contact mobiles and e-mail addresses, and every old and new value of a profile change, are stored SM4-GCM
-- encrypted (cn.tsbase.shared.crypto.EncryptedText): the columns are widened for the encrypted form (a change value
-- keeps at most 500 characters); plain rows are encrypted at start-up (FieldEncryptionMigration).
ALTER TABLE unit ALTER COLUMN contact_mobile SET DATA TYPE VARCHAR(200);
ALTER TABLE unit ALTER COLUMN contact_email SET DATA TYPE VARCHAR(500);
ALTER TABLE unit_revision_change ALTER COLUMN old_value SET DATA TYPE VARCHAR(2200);
ALTER TABLE unit_revision_change ALTER COLUMN new_value SET DATA TYPE VARCHAR(2200);
