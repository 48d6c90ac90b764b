package cn.tsbase.declaration.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a unit declares, by section of the form (申报表). Stored as JSON with the declaration and snapshotted at each
 * submission. Every part is optional while drafting; {@link CompletenessCheck} says what is missing.
 */
public record DeclarationContent(BasicInfo basic, Standards standards, List<String> elements, Secrets secrets,
		List<MemberUnit> members) {

	/** The twelve trade secret protection management elements the form describes. */
	public static final int ELEMENT_COUNT = 12;

	/** Each element's text is limited to this many characters. */
	public static final int ELEMENT_MAX_LENGTH = 1500;

	public DeclarationContent {
		basic = basic == null ? BasicInfo.EMPTY : basic;
		standards = standards == null ? Standards.EMPTY : standards;
		List<String> padded = new ArrayList<>(elements == null ? List.of() : elements);
		while (padded.size() < ELEMENT_COUNT) {
			padded.add("");
		}
		elements = Collections.unmodifiableList(padded.subList(0, ELEMENT_COUNT));
		secrets = secrets == null ? Secrets.EMPTY : secrets;
		members = members == null ? List.of() : List.copyOf(members);
	}

	public static DeclarationContent empty() {
		return new DeclarationContent(null, null, null, null, null);
	}

	public DeclarationContent withBasic(BasicInfo basic) {
		return new DeclarationContent(basic, standards, elements, secrets, members);
	}

	public DeclarationContent withStandards(Standards standards) {
		return new DeclarationContent(basic, standards, elements, secrets, members);
	}

	public DeclarationContent withElements(List<String> elements) {
		return new DeclarationContent(basic, standards, elements, secrets, members);
	}

	public DeclarationContent withSecrets(Secrets secrets) {
		return new DeclarationContent(basic, standards, elements, secrets, members);
	}

	public DeclarationContent withMembers(List<MemberUnit> members) {
		return new DeclarationContent(basic, standards, elements, secrets, members);
	}

	/** Basic information (基本情况), prefilled from the unit's profile. */
	public record BasicInfo(String unitName, String uscc, String unitTypeCode, String industryCode,
			String districtCode, String address, String postcode, String legalRepresentative, Integer headcount,
			BigDecimal annualOutput, String contactPerson, String contactTitle, String contactMobile,
			String contactEmail) {

		static final BasicInfo EMPTY = new BasicInfo(null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);

		/** The same information under the unit's registered name. */
		BasicInfo withUnitName(String registeredName) {
			return new BasicInfo(registeredName, uscc, unitTypeCode, industryCode, districtCode, address, postcode,
					legalRepresentative, headcount, annualOutput, contactPerson, contactTitle, contactMobile,
					contactEmail);
		}
	}

	/**
	 * The five construction standards (建设标准): leadership body, management office, management rules, annual plan
	 * (for zones with its four targets), liaison officer.
	 */
	public record Standards(String leaderName, String leaderTitle, String leadershipMembers, String officeDepartment,
			String officeRoom, Integer fullTimeStaff, Integer partTimeStaff, String rules, String emergencyPlan,
			String annualPlan, BigDecimal targetTrainingRatio, Integer targetLegalEvents,
			Integer targetDemonstrationEnterprises, BigDecimal targetRulesRatio, String liaisonName,
			String liaisonTitle, String liaisonPhone) {

		static final Standards EMPTY = new Standards(null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
	}

	/** Core secret points, positions holding secrets, training, past leak incidents, whether guidance is wanted. */
	public record Secrets(String technicalSecrets, String businessSecrets, String positions, String training,
			String incidents, Boolean guidanceWanted) {

		static final Secrets EMPTY = new Secrets(null, null, null, null, null, null);
	}

	/** A member unit (成员单位) of a zone, identified by its credit code. */
	public record MemberUnit(String name, String uscc, String contactPerson, String contactPhone) {
	}
}
