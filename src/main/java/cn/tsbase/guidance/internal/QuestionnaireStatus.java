package cn.tsbase.guidance.internal;

/** A self-assessment questionnaire version: edited as a draft, frozen once in use, retired when a newer one is in use. */
public enum QuestionnaireStatus {
	DRAFT, IN_USE, RETIRED
}
