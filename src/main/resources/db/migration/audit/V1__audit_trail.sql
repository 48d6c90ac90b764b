-- The tamper-evident audit trail: each entry's tag is an HMAC (SM3) over its content and the previous entry's tag.
-- The application only ever inserts; the chain head row serialises appends.
CREATE TABLE audit_entry (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    ip          VARCHAR(64),
    event       VARCHAR(64)  NOT NULL,
    object_type VARCHAR(64),
    object_id   VARCHAR(64),
    outcome     VARCHAR(16)  NOT NULL,
    detail      VARCHAR(2000),
    prev_tag    VARCHAR(64)  NOT NULL,
    tag         VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, occurred_at);
CREATE INDEX audit_entry_event_idx ON audit_entry (event, occurred_at);

CREATE TABLE audit_chain_head (
    id       INTEGER     NOT NULL PRIMARY KEY,
    last_seq BIGINT      NOT NULL,
    last_tag VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_tag)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
