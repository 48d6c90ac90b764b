-- The second factor of an account (one per account): TOTP today, other one-time-code methods later.
CREATE TABLE second_factor (
    user_id           BIGINT       NOT NULL PRIMARY KEY REFERENCES user_account (id),
    method            VARCHAR(16)  NOT NULL,
    secret_sealed     VARCHAR(200) NOT NULL,
    enrolled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_counter BIGINT       NOT NULL,
    last_used_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT       NOT NULL
);
