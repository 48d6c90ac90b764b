package cn.tsbase.operation.internal;

/** Trainings (培训) and publicity or legal-awareness events (宣传、普法). */
public enum ActivityKind {
	TRAINING, PUBLICITY;

	public String messageKey() {
		return "operation.activityKind." + name();
	}
}
