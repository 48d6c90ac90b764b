package cn.tsbase.operation.internal;

import java.time.LocalDate;

/**
 * What the unit states about a member: protection rules (yes/no, since, document), people trained in a year (the year
 * may be null when the form does not touch training), demonstration enterprise being cultivated.
 */
public record MemberDetails(boolean hasRules, LocalDate rulesOn, String rulesDocument, Integer trainingYear,
		Integer trainedPeople, boolean cultivated) {
}
