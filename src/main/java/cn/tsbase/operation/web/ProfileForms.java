package cn.tsbase.operation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tsbase.operation.internal.ProfileParts.Leadership;
import cn.tsbase.operation.internal.ProfileParts.Liaison;
import cn.tsbase.operation.internal.ProfileParts.Office;
import cn.tsbase.operation.internal.ProfileParts.Rules;

/**
 * The forms of the profile's standards. A standard may be saved incomplete (the profile flags what is missing); only
 * a new liaison officer needs a name and a phone number. None of them can set the base, district or status.
 */
final class ProfileForms {

	/** A mobile (11 digits) or a landline with an optional area code and extension. */
	static final String PHONE = "(1[3-9]\\d{9})|(0\\d{2,3}-?)?\\d{7,8}(-\\d{1,6})?";

	private ProfileForms() {
	}

	record LeadershipForm(@Size(max = 50) String head, @Size(max = 50) String headTitle,
			@Size(max = 1000) String members, @Size(max = 200) String document, @Size(max = 1000) String funding,
			@NotNull Long version) {

		static LeadershipForm of(Leadership l, long version) {
			return new LeadershipForm(l.head(), l.headTitle(), l.members(), l.document(), l.funding(), version);
		}

		Leadership toLeadership() {
			return new Leadership(strip(head), strip(headTitle), strip(members), strip(document), strip(funding));
		}
	}

	record OfficeForm(@Size(max = 100) String department, @Size(max = 200) String address,
			@Min(0) @Max(10_000) Integer fullTimeStaff, @Min(0) @Max(10_000) Integer partTimeStaff,
			@NotNull Long version) {

		static OfficeForm of(Office o, long version) {
			return new OfficeForm(o.department(), o.address(), o.fullTimeStaff(), o.partTimeStaff(), version);
		}

		Office toOffice() {
			return new Office(strip(department), strip(address), fullTimeStaff, partTimeStaff);
		}
	}

	record RulesForm(@Size(max = 2000) String rulesList, @Size(max = 1000) String emergencyProcedure,
			@Size(max = 1000) String memberRules, @NotNull Long version) {

		static RulesForm of(Rules r, long version) {
			return new RulesForm(r.rulesList(), r.emergencyProcedure(), r.memberRules(), version);
		}

		Rules toRules() {
			return new Rules(strip(rulesList), strip(emergencyProcedure), strip(memberRules));
		}
	}

	record LiaisonForm(@NotBlank @Size(max = 50) String name, @Size(max = 50) String title,
			@NotBlank @Pattern(regexp = PHONE, message = "{validation.phone}") String phone,
			@Email @Size(max = 100) String email, @NotNull Long version) {

		static LiaisonForm of(Liaison current, Liaison pending, long version) {
			Liaison l = pending != null ? pending : current;
			return new LiaisonForm(l.name(), l.title(), l.phone(), l.email(), version);
		}

		Liaison toLiaison() {
			return new Liaison(strip(name), strip(title), strip(phone), blankToNull(strip(email)));
		}
	}

	static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
