package cn.tsbase.account;

/** An expert's new account: its id and username, and the initial password to hand over once. */
public record NewExpertAccount(long accountId, String username, String initialPassword) {

	@Override
	public String toString() {
		return "NewExpertAccount[" + username + "]";
	}
}
