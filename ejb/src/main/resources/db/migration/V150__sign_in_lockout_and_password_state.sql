-- 21 CFR 11.300: passwords that expire or must be changed after an administrator's reset, and the generation of an
-- account that every open session of it is checked against (a deactivation, a role change, a password reset or a
-- lockout raises it, and the sessions holding an older one end at their next request).
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;
UPDATE app_user SET password_changed_at = created_at;

-- Failed sign-in attempts (login page, API basic authentication, e-signature password) per user name as typed,
-- known or not, and the lockout they lead to. Several servers share the database, so the count lives here.
CREATE TABLE sign_in_guard (
    id                      BIGINT PRIMARY KEY,
    username                VARCHAR(200) NOT NULL UNIQUE,
    failed_attempts         INTEGER      NOT NULL,
    window_started_at       TIMESTAMP WITH TIME ZONE,
    last_failure_at         TIMESTAMP WITH TIME ZONE,
    last_failure_address    VARCHAR(100),
    last_failure_channel    VARCHAR(32),
    locked_at               TIMESTAMP WITH TIME ZONE,
    locked_until            TIMESTAMP WITH TIME ZONE,
    version                 BIGINT       NOT NULL
);
CREATE INDEX sign_in_guard_last_failure ON sign_in_guard (last_failure_at);
