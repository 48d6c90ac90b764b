package cn.tsbase.account;

/** A problem with one form field, as a message key and its arguments. */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
