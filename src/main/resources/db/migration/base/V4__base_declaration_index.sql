-- A declaration's page asks for the base designated from it.
CREATE INDEX demonstration_base_declaration_idx ON demonstration_base (declaration_id);
