package cn.tsbase.account;

import java.util.List;

import cn.tsbase.shared.security.Role;

/** What other modules may ask of the account module. */
public interface AccountManagement {

	/**
	 * Checks a proposed username and password against the uniqueness rule and the password policy.
	 *
	 * @return the problems found, empty when both are acceptable
	 */
	List<FieldProblem> checkNewCredentials(String username, String rawPassword);

	/**
	 * Creates an account of a unit's person with the requested unit role. Runs in the caller's transaction, so a
	 * failure leaves nothing behind.
	 *
	 * @return the new account's id
	 * @throws AccountRejectedException when the username is taken or the password breaks the policy
	 */
	long createUnitAccount(NewUnitAccount account);

	/**
	 * Creates an expert's account with the {@code EXPERT} role (the expert pool of the municipal bureau) and mails its
	 * owner a one-time activation link to set the password (ADR 0016); nobody else ever sees or chooses it.
	 *
	 * @return the account and where its activation link went, or why none could be sent
	 */
	NewExpertAccount createExpertAccount(String displayName, String email, String mobile);

	/** The enabled accounts holding the role in the district (a null district: accounts of no district). */
	List<Recipient> holdersOf(Role role, String districtCode);

	/** The account as someone to notify, if it exists and is enabled. */
	java.util.Optional<Recipient> recipientOf(long accountId);

	/** The enabled accounts of the unit's people. */
	List<Recipient> ofUnit(long unitId);
}
