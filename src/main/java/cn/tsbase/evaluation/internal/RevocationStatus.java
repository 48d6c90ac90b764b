package cn.tsbase.evaluation.internal;

/**
 * Where a revocation procedure stands: proposed (the unit may respond until the deadline), responded, then decided:
 * revoked under a document number, or dropped.
 */
public enum RevocationStatus {
	PROPOSED, RESPONDED, REVOKED, DROPPED;

	public boolean isPending() {
		return this == PROPOSED || this == RESPONDED;
	}

	public String messageKey() {
		return "revocation.status." + name();
	}
}
