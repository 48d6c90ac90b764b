package cn.tsbase.selection;


/** An expert of the pool as tests of other modules see it, without the selection module's entity. */
public final class TestExpert {

	private final long id;
	private final Long accountId;
	private final String username;
	private final String name;

	private TestExpert(ExpertView expert) {
		this.id = expert.id();
		this.accountId = expert.accountId();
		this.username = expert.username();
		this.name = expert.name();
	}

	static TestExpert of(ExpertView expert) {
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
