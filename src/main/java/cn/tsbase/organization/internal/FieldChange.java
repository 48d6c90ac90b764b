package cn.tsbase.organization.internal;

/** One field of a profile revision: its name and its old and new values. */
public record FieldChange(String field, String oldValue, String newValue) {
}
