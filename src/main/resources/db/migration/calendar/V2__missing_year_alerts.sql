-- The years whose missing calendar the administrators were alerted to (once per year).
CREATE TABLE calendar_missing_alert (
    calendar_year INTEGER NOT NULL PRIMARY KEY,
    alerted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
