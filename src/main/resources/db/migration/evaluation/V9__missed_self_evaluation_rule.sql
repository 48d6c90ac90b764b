-- What happens to a base that lets the self-evaluation deadline pass without submitting: set per round by the
-- municipal bureau (DISTRICT_SCORES, the platform's default: the district scores it and it is marked 未自评; or FAILS:
-- it counts as 不合格), and on the evaluation the rule that was applied to it (null while it was not).
ALTER TABLE evaluation_round ADD COLUMN missed_self_rule VARCHAR(24) DEFAULT 'DISTRICT_SCORES' NOT NULL;
ALTER TABLE evaluation ADD COLUMN self_missed VARCHAR(24);
