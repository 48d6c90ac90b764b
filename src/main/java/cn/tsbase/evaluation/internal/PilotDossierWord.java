package cn.tsbase.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.document.OfficialDocument;

/**
 * The pilot dossier as a Word document (.docx) in the form of an official report, through the shared
 * {@link OfficialDocument} the summary reports use: the district's work plan and institutional results, its figures,
 * the chosen typical cases, the bureau's reason, the district's statement and the list of attachments. The caller reads the dossier in scope (and audits the download) first.
 */
@Component
public class PilotDossierWord {

	private final MessageSource messages;
	private final ReferenceData referenceData;

	PilotDossierWord(MessageSource messages, ReferenceData referenceData) {
		this.messages = messages;
		this.referenceData = referenceData;
	}

	/** The names of the dossier's files: the work plan's document (or null) and the further attachments. */
	public record Files(String workPlan, List<String> attachments) {
	}

	public byte[] render(PilotDossierView dossier, Files files, Locale locale) {
		String district = referenceData.district(dossier.districtCode(), locale);
		PilotFigures f = dossier.figures();
		List<List<String>> figures = List.of(
				row("pilot.figures.bases", locale, msg("pilot.figures.basesValue", locale, f.activePoints(),
						f.activeZones())),
				row("pilot.figures.grades", locale, msg("pilot.figures.gradesValue", locale, f.evaluated(),
						f.excellent(), f.good(), f.pass(), f.fail())),
				row("pilot.figures.rectifications", locale, msg("pilot.figures.rectificationsValue", locale,
						f.rectificationsOrdered(), f.rectificationsAccepted(), f.rectificationsOpen(),
						f.rectificationsFailed())),
				row("pilot.figures.revocations", locale, msg("pilot.figures.revocationsValue", locale,
						f.basesRevoked(), f.revocationsPending())),
				row("pilot.figures.trainings", locale, msg("pilot.figures.trainingsValue", locale, f.trainings(),
						f.peopleTrained())),
				row("pilot.figures.reports", locale, msg("pilot.figures.reportsValue", locale, f.reportsOnTime(),
						f.reportsLate(), f.reportsMissing())),
				row("pilot.figures.visits", locale, String.valueOf(f.guidanceVisits())),
				row("pilot.figures.incidents", locale, f.medianResponseMinutes() != null
						? msg("pilot.figures.incidentsValue", locale, f.incidents(), f.medianResponseMinutes())
						: msg("pilot.figures.incidentsUnanswered", locale, f.incidents())),
				row("pilot.figures.cases", locale, String.valueOf(f.casesPublished())));
		List<List<String>> cases = new ArrayList<>();
		for (PilotCases.Item item : dossier.cases().items()) {
			cases.add(List.of(item.title() == null ? "" : item.title(), String.valueOf(item.year())));
		}
		OfficialDocument document = new OfficialDocument()
			.title(msg("pilot.title", locale, String.valueOf(dossier.year()), district))
			.subtitle(msg("pilot.pdf.status", locale, msg(dossier.status().messageKey(), locale)))
			.section(msg("pilot.workPlan.title", locale))
			.text(dossier.workPlanText(), msg("pilot.workPlan.none", locale));
		if (files.workPlan() != null) {
			document.text(msg("pilot.workPlan.fileNamed", locale, files.workPlan()), "");
		}
		document.section(msg("pilot.result.title", locale));
		if (dossier.results().items().isEmpty()) {
			document.text(null, msg("pilot.result.none", locale));
		}
		else {
			List<List<String>> results = new ArrayList<>();
			for (PilotResults.Item r : dossier.results().items()) {
				results.add(List.of(r.title(), msg(r.kind().messageKey(), locale), r.issuedOn().toString(),
						r.fileName()));
			}
			document.table(List.of(msg("pilot.result.resultTitle", locale), msg("pilot.result.kind", locale),
					msg("pilot.result.issuedOn", locale), msg("pilot.result.file", locale)), results);
		}
		document.section(msg("pilot.figures.title", locale))
			.table(List.of(msg("pilot.word.item", locale), msg("pilot.word.value", locale)), figures)
			.section(msg("pilot.cases.title", locale));
		if (cases.isEmpty()) {
			document.text(null, msg("pilot.cases.none", locale));
		}
		else {
			document.table(List.of(msg("pilot.cases.caseTitle", locale), msg("pilot.cases.year", locale)), cases);
		}
		document.section(msg("pilot.reason", locale))
			.text(dossier.reason(), msg("pilot.reasonNone", locale))
			.section(msg("pilot.statement", locale))
			.text(dossier.statement(), msg("pilot.statementNone", locale))
			.section(msg("pilot.attachment.title", locale))
			.text(String.join("\n", files.attachments()), msg("pilot.attachment.none", locale));
		if (dossier.submittedAt() != null) {
			document.text(msg("pilot.submittedBy", locale, dossier.submittedBy()), "");
		}
		if (dossier.recommendedOn() != null) {
			document.text(msg("pilot.recommendedOnBy", locale, dossier.recommendedOn(), dossier.recommendedBy()), "");
		}
		return document.bytes();
	}

	private List<String> row(String key, Locale locale, String value) {
		return List.of(msg(key, locale), value);
	}

	private String msg(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
