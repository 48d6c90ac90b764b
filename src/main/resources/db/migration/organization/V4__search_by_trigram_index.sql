-- The registry's search (a part of the name, the start of the credit code) by index on PostgreSQL: pg_trgm GIN
-- indexes (issue 16). Lines that start with ${pg_only} run on PostgreSQL only (cn.tsbase.shared.persistence
-- .VendorMigrations); H2, the embedded default, scans its few units.
${pg_only}CREATE EXTENSION IF NOT EXISTS pg_trgm;
${pg_only}CREATE INDEX unit_name_trgm_idx ON unit USING gin (lower(name) gin_trgm_ops);
${pg_only}CREATE INDEX unit_uscc_trgm_idx ON unit USING gin (uscc gin_trgm_ops);
