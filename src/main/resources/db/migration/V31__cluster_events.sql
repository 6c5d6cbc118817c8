-- What one app node changed that the other nodes hold in memory: settings they cache, sessions of a user that must
-- end (revoked access, password change or reset, account deletion). Every node reads the last minute's events every
-- second and applies those it has not seen; rows older than an hour are deleted by whichever node gets there.
CREATE TABLE cluster_event (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(30)  NOT NULL,
    user_id             BIGINT       NULL,
    except_session_id   VARCHAR(200) NULL,
    created_at          DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    INDEX cluster_event_created_idx (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
