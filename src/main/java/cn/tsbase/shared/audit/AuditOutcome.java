package cn.tsbase.shared.audit;

public enum AuditOutcome {
	SUCCESS, FAILURE
}
