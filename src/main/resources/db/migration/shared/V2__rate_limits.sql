-- Rate limits shared by every instance (cn.tsbase.shared.security.RateLimiters, ADR 0029): one row per limiter and
-- client key, locked while a request is counted so that concurrent instances count one after the other, and one row
-- per counted request within the limiter's window. Times are milliseconds since the epoch on the application clock.
CREATE TABLE rate_limit_key (
    limiter    VARCHAR(120) NOT NULL,
    client     VARCHAR(100) NOT NULL,
    touched_at BIGINT       NOT NULL,
    CONSTRAINT rate_limit_key_pk PRIMARY KEY (limiter, client)
);

CREATE TABLE rate_limit_hit (
    limiter VARCHAR(120) NOT NULL,
    client  VARCHAR(100) NOT NULL,
    hit_at  BIGINT       NOT NULL
);

CREATE INDEX rate_limit_hit_key ON rate_limit_hit (limiter, client, hit_at);
CREATE INDEX rate_limit_key_touched ON rate_limit_key (touched_at);
