package cn.tsbase.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import cn.tsbase.IntegrationTest;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.account.AccountKind;
import cn.tsbase.account.AccountView;

@IntegrationTest
class AccountSearchTests {

	@Autowired
	AccountService accounts;

	@Autowired
	AccountCreation creation;

	private void official(String displayName) {
		creation.createAwaitingActivation(AccountFixtures.uniqueUsername("s"), displayName, null, null,
				AccountKind.OFFICIAL, null);
	}

	private List<String> found(String query) {
		return accounts.search(query, null, null, PageRequest.of(0, 50))
			.map(AccountView::displayName)
			.getContent();
	}

	@Test
	void aSearchForPercentUnderscoreOrBackslashMatchesThemLiterally() {
		String token = AccountFixtures.uniqueUsername("k").replace("_", "z");
		official("百分" + token + "%甲");
		official("百分" + token + "X甲");
		official("下划" + token + "_乙");
		official("下划" + token + "Y乙");
		official("反斜" + token + "\\丙");
		official("反斜" + token + "丙");

		assertThat(found(token + "%甲")).containsExactly("百分" + token + "%甲");
		assertThat(found(token + "_乙")).containsExactly("下划" + token + "_乙");
		assertThat(found(token + "\\丙")).containsExactly("反斜" + token + "\\丙");
		assertThat(found(token)).hasSize(6);
	}
}
