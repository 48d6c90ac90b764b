-- The furthest stage each declaration reached in selection, as the declaration and selection modules announce it
-- (district decision, written pre-review, expert review, proposed list, designation), kept for every declaration so
-- that a unit joining the cultivation pool later is back-filled with how far it got.
CREATE TABLE guidance_selection_stage (
    declaration_id BIGINT      NOT NULL PRIMARY KEY,
    unit_id        BIGINT      NOT NULL,
    stage          VARCHAR(32) NOT NULL,
    reached_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX guidance_selection_stage_unit_idx ON guidance_selection_stage (unit_id);
