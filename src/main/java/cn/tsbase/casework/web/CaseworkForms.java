package cn.tsbase.casework.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.tsbase.casework.internal.CaseView;
import cn.tsbase.casework.internal.IncidentIntent;
import cn.tsbase.casework.internal.IncidentOrigin;
import cn.tsbase.casework.internal.InfringementForm;
import cn.tsbase.casework.internal.LeakChannel;
import cn.tsbase.casework.internal.LeakIncidents;
import cn.tsbase.casework.internal.Referral;
import cn.tsbase.casework.internal.Remedy;
import cn.tsbase.casework.internal.SecretCategory;
import cn.tsbase.casework.internal.TypicalCases;

/** The forms of casework: an incident report, the district's response and closing, a case, a review decision. */
final class CaseworkForms {

	private static final Boolean TRUE = Boolean.TRUE;

	private CaseworkForms() {
	}

	record IncidentForm(@NotNull @PastOrPresent LocalDate discoveredOn, @NotNull IncidentOrigin origin,
			@NotNull IncidentIntent intent, @NotNull SecretCategory secretCategory, @NotNull LeakChannel channel,
			@NotBlank @Size(max = 5000) String description,
			@DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal estimatedLoss, Boolean evidenceSecured,
			Boolean accessRevoked, Boolean lettersSent, Boolean policeReported,
			@Size(max = 2000) String actionsTaken, Boolean helpWanted, @NotNull Remedy remedy) {

		static IncidentForm empty() {
			return new IncidentForm(null, null, null, null, null, "", null, false, false, false, false, "", true,
					Remedy.UNDECIDED);
		}

		LeakIncidents.NewReport toReport() {
			return new LeakIncidents.NewReport(discoveredOn, origin, intent, secretCategory, channel,
					description.strip(), estimatedLoss == null ? null : estimatedLoss.stripTrailingZeros().toPlainString(),
					TRUE.equals(evidenceSecured), TRUE.equals(accessRevoked), TRUE.equals(lettersSent),
					TRUE.equals(policeReported),
					actionsTaken == null || actionsTaken.isBlank() ? null : actionsTaken.strip(), TRUE.equals(helpWanted),
					remedy);
		}
	}

	record ResponseForm(@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime firstContact,
			@NotBlank @Size(max = 3000) String measures, @NotNull Referral referral, @NotNull Long version) {
	}

	record CloseForm(@NotBlank @Size(max = 3000) String outcome, @NotNull Long version) {
	}

	record DecisionForm(@Size(max = 500) String reason, @NotNull Long version) {
	}

	record CaseForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull SecretCategory secretKind,
			@NotBlank @Size(max = 32) String industryCode, @NotNull InfringementForm infringementForm,
			@Size(max = 200) String rightsHolder, @Size(max = 10) String industryWord, @Size(max = 300) String persons,
			Boolean maskCompanies, @NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 5000) String facts,
			@NotBlank @Size(max = 5000) String handling, @Size(max = 3000) String significance,
			@Size(max = 100) String publicTitle, @Size(max = 5000) String publicFacts,
			@Size(max = 5000) String publicHandling, @Size(max = 3000) String publicSignificance, Long version) {

		static CaseForm empty(int year) {
			return new CaseForm(year, null, null, null, "", "", "", true, "", "", "", "", "", "", "", "", null);
		}

		static CaseForm of(CaseView c) {
			return new CaseForm(c.year(), c.secretKind(), c.industryCode(), c.infringementForm(), c.rightsHolder(),
					c.industryWord(), c.persons(), c.maskCompanies(), c.title(), c.facts(), c.handling(),
					c.significance(), c.publicTitle(), c.publicFacts(), c.publicHandling(), c.publicSignificance(),
					c.version());
		}

		TypicalCases.CaseDraft toDraft() {
			return new TypicalCases.CaseDraft(year, secretKind, industryCode, infringementForm, rightsHolder,
					industryWord, persons, TRUE.equals(maskCompanies), title.strip(), facts.strip(), handling.strip(),
					significance == null ? "" : significance.strip(), publicTitle, publicFacts, publicHandling,
					publicSignificance);
		}
	}
}
