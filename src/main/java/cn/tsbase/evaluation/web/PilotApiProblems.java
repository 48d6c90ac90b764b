package cn.tsbase.evaluation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import cn.tsbase.shared.InvalidRequestException;

/**
 * The pilot API's 400 for a rule a use case refuses on one field (an unknown district, a date before the last stage,
 * a half-year not begun): the same "api.invalid" problem as a body that fails validation, with that field's message.
 */
final class PilotApiProblems {

	private PilotApiProblems() {
	}

	static ResponseEntity<ProblemDetail> onField(String field, InvalidRequestException refused, MessageSource messages,
			Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("api.invalid", null, locale));
		problem.setProperty("errors", List.of(Map.of("field", field,
				"message", messages.getMessage(refused.messageKey(), refused.arguments(), locale))));
		return ResponseEntity.badRequest().body(problem);
	}
}
