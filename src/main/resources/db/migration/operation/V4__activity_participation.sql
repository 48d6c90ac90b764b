-- Which member units of a zone took part in an activity of the zone and how many of their people (issue 12 point 4):
-- the zone's training ratio counts a member trained in a year when it sent people to a training of that year.
CREATE TABLE base_activity_member (
    activity_id BIGINT  NOT NULL REFERENCES base_activity (id),
    member_id   BIGINT  NOT NULL REFERENCES zone_member (id),
    people      INTEGER NOT NULL,
    CONSTRAINT base_activity_member_pk PRIMARY KEY (activity_id, member_id)
);
CREATE INDEX base_activity_member_member_idx ON base_activity_member (member_id);
