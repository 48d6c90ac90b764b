package cn.tsbase.account;

/**
 * An expert's new account: its id and username, and where its activation link went (the address masked) or, when
 * none could be sent, why (a message key). Never a password: the expert sets it with the link (ADR 0016).
 */
public record NewExpertAccount(long accountId, String username, String activationSentTo, String activationProblem) {

	public boolean activationSent() {
		return activationProblem == null;
	}
}
