-- Evidence (证明材料) filed with an objection. The files themselves are attachments (checked, SM4-GCM encrypted) owned
-- by the objection; this table keeps their order and the names the objector's computer knew them by, so that the
-- objection's pages list them without asking the attachment module for every row.
CREATE TABLE objection_evidence (
    objection_id  BIGINT       NOT NULL REFERENCES objection (id),
    position      INTEGER      NOT NULL,
    attachment_id BIGINT       NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    CONSTRAINT objection_evidence_pk PRIMARY KEY (objection_id, position),
    CONSTRAINT objection_evidence_attachment_uk UNIQUE (attachment_id)
);
CREATE INDEX objection_evidence_objection_idx ON objection_evidence (objection_id);
