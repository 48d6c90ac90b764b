-- Deadline reminders sent: the key makes each reminder (declaration, kind) go out once.
CREATE TABLE deadline_reminder (
    declaration_id BIGINT      NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT deadline_reminder_pk PRIMARY KEY (declaration_id, kind)
);
