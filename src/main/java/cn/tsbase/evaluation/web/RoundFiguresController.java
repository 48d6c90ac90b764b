package cn.tsbase.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.evaluation.internal.DataSource;
import cn.tsbase.evaluation.internal.EvaluationRounds;
import cn.tsbase.evaluation.internal.PrefillFigure;
import cn.tsbase.evaluation.internal.RoundFigures;
import cn.tsbase.evaluation.internal.RoundView;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.ListExports;

/**
 * A round's bases with the platform's figures of the year beside their status, as one Excel sheet (streamed, a page
 * of bases at a time, audited): what the district and the bureau check the self-evaluations against. The caller's
 * scope applies (a district sees its own bases); a round outside it is "not found".
 */
@Controller
class RoundFiguresController {

	private final EvaluationRounds rounds;
	private final RoundFigures figures;
	private final ListExports exports;
	private final ReferenceData referenceData;
	private final MessageSource messages;
	private final AuditLog audit;

	RoundFiguresController(EvaluationRounds rounds, RoundFigures figures, ListExports exports,
			ReferenceData referenceData, MessageSource messages, AuditLog audit) {
		this.rounds = rounds;
		this.figures = figures;
		this.exports = exports;
		this.referenceData = referenceData;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/evaluation/rounds/{id}/figures.xlsx")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String district, Locale locale) {
		RoundView round = rounds.find(id, user);
		List<String> headers = new ArrayList<>(List.of("evaluation.figures.unit", "unit.field.districtCode",
				"evaluation.figures.baseType", "evaluation.figures.status"));
		for (DataSource source : DataSource.values()) {
			headers.add(source.messageKey());
		}
		var prepared = exports.prepare(new ListExports.Export<RoundFigures.Row>("evaluation.figures.export", headers,
				pageable -> figures.page(id, district, user, pageable),
				Sort.by("districtCode").and(Sort.by("unitName")).and(Sort.by("id")), ListExports.MAX_ROWS, row -> {
					List<Object> cells = new ArrayList<>(List.of(row.evaluation().unitName(),
							referenceData.district(row.evaluation().districtCode(), locale),
							msg(row.evaluation().baseType().messageKey(), null, locale),
							msg(row.evaluation().status().messageKey(), null, locale)));
					for (DataSource source : DataSource.values()) {
						PrefillFigure figure = row.figures().get(source);
						cells.add(figure == null ? null : msg(figure.key(), figure.args(), locale));
					}
					return cells;
				}));
		audit.record("LIST_EXPORTED", "EvaluationRoundFigures", id, AuditOutcome.SUCCESS,
				round.year() + " " + (district == null || district.isBlank() ? "all" : district) + ": "
						+ prepared.total() + " rows");
		return exports.xlsx(prepared, locale);
	}

	private String msg(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, key, locale);
	}
}
