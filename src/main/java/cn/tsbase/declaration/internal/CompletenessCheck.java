package cn.tsbase.declaration.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.Section;
import cn.tsbase.shared.Uscc;

/**
 * What a declaration still lacks before it can be submitted: each missing item with its section and field, so the
 * form can link straight to it.
 */
public final class CompletenessCheck {

	private CompletenessCheck() {
	}

	/** One thing missing or wrong; {@code messageKey} explains it, {@code argument} names the item where needed. */
	public record Missing(Section section, String field, String messageKey, Object argument) {
	}

	public static List<Missing> check(BaseType type, DeclarationContent content) {
		List<Missing> missing = new ArrayList<>();
		DeclarationContent.BasicInfo basic = content.basic();
		require(missing, Section.BASIC, "unitName", basic.unitName());
		require(missing, Section.BASIC, "address", basic.address());
		require(missing, Section.BASIC, "legalRepresentative", basic.legalRepresentative());
		require(missing, Section.BASIC, "contactPerson", basic.contactPerson());
		require(missing, Section.BASIC, "contactMobile", basic.contactMobile());
		if (basic.headcount() == null) {
			missing.add(new Missing(Section.BASIC, "headcount", "completeness.required", null));
		}

		DeclarationContent.Standards standards = content.standards();
		require(missing, Section.STANDARDS, "leaderName", standards.leaderName());
		require(missing, Section.STANDARDS, "officeDepartment", standards.officeDepartment());
		require(missing, Section.STANDARDS, "rules", standards.rules());
		require(missing, Section.STANDARDS, "emergencyPlan", standards.emergencyPlan());
		require(missing, Section.STANDARDS, "annualPlan", standards.annualPlan());
		require(missing, Section.STANDARDS, "liaisonName", standards.liaisonName());
		require(missing, Section.STANDARDS, "liaisonPhone", standards.liaisonPhone());
		if (type == BaseType.ZONE) {
			if (standards.targetTrainingRatio() == null) {
				missing.add(new Missing(Section.STANDARDS, "targetTrainingRatio", "completeness.required", null));
			}
			if (standards.targetLegalEvents() == null) {
				missing.add(new Missing(Section.STANDARDS, "targetLegalEvents", "completeness.required", null));
			}
			if (standards.targetDemonstrationEnterprises() == null) {
				missing.add(new Missing(Section.STANDARDS, "targetDemonstrationEnterprises", "completeness.required",
						null));
			}
			if (standards.targetRulesRatio() == null) {
				missing.add(new Missing(Section.STANDARDS, "targetRulesRatio", "completeness.required", null));
			}
		}

		for (int i = 0; i < DeclarationContent.ELEMENT_COUNT; i++) {
			String text = content.elements().get(i);
			if (isBlank(text)) {
				missing.add(new Missing(Section.ELEMENTS, "element" + (i + 1), "completeness.element", i + 1));
			}
			else if (text.length() > DeclarationContent.ELEMENT_MAX_LENGTH) {
				missing.add(new Missing(Section.ELEMENTS, "element" + (i + 1), "completeness.elementTooLong", i + 1));
			}
		}

		DeclarationContent.Secrets secrets = content.secrets();
		if (isBlank(secrets.technicalSecrets()) && isBlank(secrets.businessSecrets())) {
			missing.add(new Missing(Section.SECRETS, "technicalSecrets", "completeness.secretPoints", null));
		}
		require(missing, Section.SECRETS, "positions", secrets.positions());
		require(missing, Section.SECRETS, "training", secrets.training());
		if (secrets.guidanceWanted() == null) {
			missing.add(new Missing(Section.SECRETS, "guidanceWanted", "completeness.required", null));
		}

		if (type == BaseType.ZONE) {
			if (content.members().isEmpty()) {
				missing.add(new Missing(Section.MEMBERS, "members", "completeness.noMembers", null));
			}
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < content.members().size(); i++) {
				DeclarationContent.MemberUnit member = content.members().get(i);
				Uscc.Result code = Uscc.parse(member.uscc());
				if (isBlank(member.name()) || !code.valid()) {
					missing.add(new Missing(Section.MEMBERS, "members", "completeness.memberInvalid", i + 1));
				}
				else if (!seen.add(code.uscc().get().value())) {
					missing.add(new Missing(Section.MEMBERS, "members", "completeness.memberDuplicate", i + 1));
				}
			}
		}
		return missing;
	}

	/** The sections with nothing missing, for the progress indicator. */
	public static Set<Section> completeSections(BaseType type, DeclarationContent content) {
		Set<Section> complete = new HashSet<>();
		List<Missing> missing = check(type, content);
		for (Section section : Section.values()) {
			if (section.appliesTo(type) && missing.stream().noneMatch(m -> m.section() == section)) {
				complete.add(section);
			}
		}
		return complete;
	}

	private static void require(List<Missing> missing, Section section, String field, String value) {
		if (isBlank(value)) {
			missing.add(new Missing(section, field, "completeness.required", null));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
