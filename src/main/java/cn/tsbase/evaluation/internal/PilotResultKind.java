package cn.tsbase.evaluation.internal;

/**
 * The kind of an institutional result (制度性成果) a district lists in its pilot dossier: a local regulation or rule, a
 * normative document, a working mechanism, a standard or guideline, or something else.
 */
public enum PilotResultKind {
	REGULATION, NORMATIVE_DOCUMENT, MECHANISM, STANDARD, OTHER;

	public String messageKey() {
		return "pilot.result.kind." + name();
	}
}
