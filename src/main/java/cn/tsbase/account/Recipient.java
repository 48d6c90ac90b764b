package cn.tsbase.account;

/** Someone to notify: an enabled account, with its e-mail address where it has one. */
public record Recipient(long accountId, String username, String displayName, String email) {
}
