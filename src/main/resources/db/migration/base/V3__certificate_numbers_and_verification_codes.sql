-- Each base's certificate carries a number and a random verification code that anyone can check on a public page.
-- Existing bases get theirs when the application starts (CertificateBackfill): codes must come from a secure random
-- source, which neither database offers portably.
ALTER TABLE demonstration_base ADD COLUMN certificate_number VARCHAR(32);
ALTER TABLE demonstration_base ADD COLUMN verification_code VARCHAR(32);
CREATE UNIQUE INDEX demonstration_base_certificate_number_uk ON demonstration_base (certificate_number);
CREATE UNIQUE INDEX demonstration_base_verification_code_uk ON demonstration_base (verification_code);
