package cn.tsbase.account;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tsbase.Principals;
import cn.tsbase.shared.security.CurrentUser;

/** {@link Principals} for the account module's own tests, which hold the entity. */
final class AccountPrincipals {

	private AccountPrincipals() {
	}

	static RequestPostProcessor as(CurrentUser user) {
		return Principals.as(user);
	}

	static RequestPostProcessor as(AccountView account) {
		return Principals.as(TestAccount.of(account));
	}
}
