-- A declaration's page asks how it fared in the public notice.
CREATE INDEX public_notice_entry_declaration_idx ON public_notice_entry (declaration_id);
