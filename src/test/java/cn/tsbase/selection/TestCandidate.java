package cn.tsbase.selection;


/** A candidate as tests of other modules see it: what the fixtures made, without the selection module's entity. */
public final class TestCandidate {

	private final long id;
	private final long declarationId;
	private final long unitId;
	private final String unitName;
	private final String uscc;

	private TestCandidate(CandidateView candidate) {
		this.id = candidate.id();
		this.declarationId = candidate.declarationId();
		this.unitId = candidate.unitId();
		this.unitName = candidate.unitName();
		this.uscc = candidate.uscc();
	}

	static TestCandidate of(CandidateView candidate) {
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
