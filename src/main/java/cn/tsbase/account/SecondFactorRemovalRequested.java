package cn.tsbase.account;

/** The system administrator asked for an account's second factor to be removed; a security administrator decides. */
public record SecondFactorRemovalRequested(long requestId, String username) {
}
