package cn.tsbase.account;

/**
 * An account's second factor was removed on the security administrator's approval of the system administrator's
 * request; its holder must enroll a new one at the next login and is told so.
 */
public record SecondFactorRemoved(long accountId, String username) {
}
