-- Typical cases a liaison report names (issue 12, point 5): the unit's own cases in the case library, by id; the
-- report keeps its free text for cases not (yet) in the library.
CREATE TABLE liaison_report_case (
    report_id BIGINT NOT NULL REFERENCES liaison_report (id),
    case_id   BIGINT NOT NULL,
    CONSTRAINT liaison_report_case_pk PRIMARY KEY (report_id, case_id)
);
