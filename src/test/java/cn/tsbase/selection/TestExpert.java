package cn.tsbase.selection;

import cn.tsbase.selection.internal.Expert;

/** An expert of the pool as tests of other modules see it, without the selection module's entity. */
public final class TestExpert {

	private final long id;
	private final Long accountId;
	private final String username;
	private final String name;

	private TestExpert(Expert expert) {
		this.id = expert.getId();
		this.accountId = expert.getAccountId();
		this.username = expert.getUsername();
		this.name = expert.getName();
	}

	static TestExpert of(Expert expert) {
		return new TestExpert(expert);
	}

	public long getId() {
		return id;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getUsername() {
		return username;
	}

	public String getName() {
		return name;
	}
}
