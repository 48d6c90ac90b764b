package cn.tsbase.selection;

import cn.tsbase.selection.internal.Candidate;

/** A candidate as tests of other modules see it: what the fixtures made, without the selection module's entity. */
public final class TestCandidate {

	private final long id;
	private final long declarationId;
	private final long unitId;
	private final String unitName;
	private final String uscc;

	private TestCandidate(Candidate candidate) {
		this.id = candidate.getId();
		this.declarationId = candidate.getDeclarationId();
		this.unitId = candidate.getUnitId();
		this.unitName = candidate.getUnitName();
		this.uscc = candidate.getUscc();
	}

	static TestCandidate of(Candidate candidate) {
		return new TestCandidate(candidate);
	}

	public long getId() {
		return id;
	}

	public long getDeclarationId() {
		return declarationId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getUscc() {
		return uscc;
	}
}
