package cn.tsbase.declaration.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import cn.tsbase.declaration.internal.DeclarationContent;
import cn.tsbase.declaration.internal.DeclarationContent.BasicInfo;
import cn.tsbase.declaration.internal.DeclarationContent.MemberUnit;
import cn.tsbase.declaration.internal.DeclarationContent.Secrets;
import cn.tsbase.declaration.internal.DeclarationContent.Standards;

/**
 * The form records of the declaration's sections. Drafts save whatever is typed; only hard limits (lengths, number
 * ranges) are enforced here, completeness is checked before submission. The unit's name, credit code and district
 * come from the unit registry and are not form fields.
 */
final class SectionForms {

	static final int TEXT = 2000;
	static final int LONG_TEXT = 5000;

	private SectionForms() {
	}

	/** The unit's name is not a field: it is the registered name (see {@code DeclarationService#saveDraft}). */
	record BasicForm(String unitTypeCode, String industryCode,
			@Size(max = 200) String address, @Size(max = 6) String postcode, @Size(max = 50) String legalRepresentative,
			@Min(0) @Max(10_000_000) Integer headcount, BigDecimal annualOutput, @Size(max = 50) String contactPerson,
			@Size(max = 50) String contactTitle, @Size(max = 20) String contactMobile,
			@Size(max = 100) String contactEmail) {

		static BasicForm of(BasicInfo b) {
			return new BasicForm(b.unitTypeCode(), b.industryCode(), b.address(), b.postcode(),
					b.legalRepresentative(), b.headcount(), b.annualOutput(), b.contactPerson(), b.contactTitle(),
					b.contactMobile(), b.contactEmail());
		}

		BasicInfo apply(BasicInfo current) {
			return new BasicInfo(current.unitName(), current.uscc(), unitTypeCode, industryCode, current.districtCode(),
					strip(address), strip(postcode), strip(legalRepresentative), headcount, annualOutput,
					strip(contactPerson), strip(contactTitle), strip(contactMobile), strip(contactEmail));
		}
	}

	record StandardsForm(@Size(max = 50) String leaderName, @Size(max = 50) String leaderTitle,
			@Size(max = TEXT) String leadershipMembers, @Size(max = 100) String officeDepartment,
			@Size(max = 200) String officeRoom, @Min(0) @Max(100_000) Integer fullTimeStaff,
			@Min(0) @Max(100_000) Integer partTimeStaff, @Size(max = LONG_TEXT) String rules,
			@Size(max = LONG_TEXT) String emergencyPlan, @Size(max = LONG_TEXT) String annualPlan,
			BigDecimal targetTrainingRatio, @Min(0) @Max(100_000) Integer targetLegalEvents,
			@Min(0) @Max(100_000) Integer targetDemonstrationEnterprises, BigDecimal targetRulesRatio,
			@Size(max = 50) String liaisonName, @Size(max = 50) String liaisonTitle,
			@Size(max = 20) String liaisonPhone) {

		static StandardsForm of(Standards s) {
			return new StandardsForm(s.leaderName(), s.leaderTitle(), s.leadershipMembers(), s.officeDepartment(),
					s.officeRoom(), s.fullTimeStaff(), s.partTimeStaff(), s.rules(), s.emergencyPlan(), s.annualPlan(),
					s.targetTrainingRatio(), s.targetLegalEvents(), s.targetDemonstrationEnterprises(),
					s.targetRulesRatio(), s.liaisonName(), s.liaisonTitle(), s.liaisonPhone());
		}

		Standards toStandards() {
			return new Standards(strip(leaderName), strip(leaderTitle), strip(leadershipMembers),
					strip(officeDepartment), strip(officeRoom), fullTimeStaff, partTimeStaff, strip(rules),
					strip(emergencyPlan), strip(annualPlan), targetTrainingRatio, targetLegalEvents,
					targetDemonstrationEnterprises, targetRulesRatio, strip(liaisonName), strip(liaisonTitle),
					strip(liaisonPhone));
		}
	}

	/** The twelve management elements; a text may run over 1,500 characters in a draft, not at submission. */
	record ElementsForm(List<@Size(max = LONG_TEXT) String> elements) {

		static ElementsForm of(List<String> elements) {
			return new ElementsForm(new ArrayList<>(elements));
		}

		List<String> toElements() {
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < DeclarationContent.ELEMENT_COUNT; i++) {
				texts.add(elements != null && i < elements.size() ? strip(elements.get(i)) : "");
			}
			return texts;
		}
	}

	record SecretsForm(@Size(max = LONG_TEXT) String technicalSecrets, @Size(max = LONG_TEXT) String businessSecrets,
			@Size(max = TEXT) String positions, @Size(max = TEXT) String training, @Size(max = TEXT) String incidents,
			Boolean guidanceWanted) {

		static SecretsForm of(Secrets s) {
			return new SecretsForm(s.technicalSecrets(), s.businessSecrets(), s.positions(), s.training(),
					s.incidents(), s.guidanceWanted());
		}

		Secrets toSecrets() {
			return new Secrets(strip(technicalSecrets), strip(businessSecrets), strip(positions), strip(training),
					strip(incidents), guidanceWanted);
		}
	}

	/** Member units: the rows shown plus empty rows to add; empty rows are dropped on saving. */
	record MembersForm(@Valid @Size(max = 2000) List<MemberRow> members) {

		static final int BLANK_ROWS = 5;

		static MembersForm of(List<MemberUnit> members) {
			List<MemberRow> rows = new ArrayList<>();
			members.forEach(m -> rows.add(new MemberRow(m.name(), m.uscc(), m.contactPerson(), m.contactPhone())));
			for (int i = 0; i < BLANK_ROWS; i++) {
				rows.add(new MemberRow("", "", "", ""));
			}
			return new MembersForm(rows);
		}

		List<MemberUnit> toMembers() {
			List<MemberUnit> result = new ArrayList<>();
			if (members != null) {
				for (MemberRow row : members) {
					if (!row.isBlank()) {
						result.add(new MemberUnit(strip(row.name()), cn.tsbase.shared.Uscc.normalise(row.uscc()),
								strip(row.contactPerson()), strip(row.contactPhone())));
					}
				}
			}
			return result;
		}
	}

	record MemberRow(@Size(max = 100) String name, @Size(max = 40) String uscc, @Size(max = 50) String contactPerson,
			@Size(max = 20) String contactPhone) {

		boolean isBlank() {
			return blank(name) && blank(uscc) && blank(contactPerson) && blank(contactPhone);
		}
	}

	static String strip(String value) {
		return value == null ? null : value.strip();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
