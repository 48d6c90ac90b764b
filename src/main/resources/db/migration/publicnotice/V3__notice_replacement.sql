-- A live notice whose dates or wording need more than a typo fix is replaced by a new notice of the same list: the
-- old one is kept (superseded, pointing to its replacement) and only one notice per list is live or published.
ALTER TABLE public_notice ADD COLUMN current_list_id BIGINT;
ALTER TABLE public_notice ADD COLUMN replaces_id BIGINT;
ALTER TABLE public_notice ADD COLUMN superseded_by_id BIGINT;
UPDATE public_notice SET current_list_id = list_id;
ALTER TABLE public_notice DROP CONSTRAINT public_notice_list_uk;
ALTER TABLE public_notice ADD CONSTRAINT public_notice_current_list_uk UNIQUE (current_list_id);
CREATE INDEX public_notice_list_idx ON public_notice (list_id);
