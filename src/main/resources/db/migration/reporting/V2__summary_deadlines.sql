-- The municipal bureau's deadline for the districts' annual summary reports of a year, and the reminders sent before
-- it and when it passed: one per year, district and kind, so a rerun or a second instance never sends one twice.
CREATE TABLE summary_deadline (
    report_year INTEGER       NOT NULL PRIMARY KEY,
    due_on      DATE          NOT NULL,
    set_by      VARCHAR(32)   NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE summary_reminder (
    report_year   INTEGER     NOT NULL,
    district_code VARCHAR(12) NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_year, district_code, kind)
);
