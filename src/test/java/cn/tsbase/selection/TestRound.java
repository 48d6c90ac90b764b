package cn.tsbase.selection;

/** A review round as tests of other modules see it: its id. */
public record TestRound(long id) {

	public long getId() {
		return id;
	}
}
