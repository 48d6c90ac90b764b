-- The keys of encrypted fields (cn.tsbase.shared.crypto.FieldEncryption): each SM4 key wrapped under the master key
-- (tsbase.attachments.master-key) as wrapping IV, encrypted key and tag, bound to its purpose and version. DATA keys
-- encrypt field values (the value names its version; raising tsbase.field-encryption.data-key-version adds one);
-- the INDEX key computes blind indexes (HMAC-SM3) and is never rotated.
CREATE TABLE field_key (
    purpose     VARCHAR(8)  NOT NULL,
    version     INTEGER     NOT NULL,
    wrapped_key BYTEA       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT field_key_pk PRIMARY KEY (purpose, version)
);
