package cn.tsbase.operation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.tsbase.operation.internal.MemberDetails;
import cn.tsbase.operation.internal.MemberView;

/** The forms of a zone's members: adding one by credit code, its details, its removal. */
final class MemberForms {

	private MemberForms() {
	}

	/** A new member: its credit code, and its name unless the code belongs to a registered unit. */
	record AddForm(@NotBlank @Size(max = 40) String uscc, @Size(max = 100) String name) {

		static AddForm empty() {
			return new AddForm("", "");
		}
	}

	/** A member's rules, people trained this year and cultivation as a demonstration enterprise. */
	record DetailsForm(Boolean hasRules, @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rulesOn,
			@Size(max = 200) String rulesDocument, @Min(0) @Max(1_000_000) Integer trainedPeople, Boolean cultivated,
			@NotNull Long version) {

		static DetailsForm of(MemberView member) {
			return new DetailsForm(member.hasRules(), member.rulesOn(), member.rulesDocument(),
					member.trainedThisYear(), member.cultivated(), member.version());
		}

		MemberDetails toDetails(int year) {
			String document = rulesDocument == null || rulesDocument.isBlank() ? null : rulesDocument.strip();
			return new MemberDetails(Boolean.TRUE.equals(hasRules), rulesOn, document, year,
					trainedPeople == null ? 0 : trainedPeople, Boolean.TRUE.equals(cultivated));
		}
	}

	/** The date a member left the zone. */
	record RemoveForm(@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate removedOn,
			@NotNull Long version) {
	}
}
