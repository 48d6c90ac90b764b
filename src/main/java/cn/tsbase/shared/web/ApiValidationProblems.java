package cn.tsbase.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import cn.tsbase.shared.InvalidFieldException;

/**
 * The API's answer to a request body that fails validation: a 400 problem saying "api.invalid" with the errors by
 * field, each worded by the constraint's own message where the request names one, else by the platform's messages.
 * A rule a use case refuses on one field ({@link InvalidFieldException}) gets the same problem with that field.
 */
public final class ApiValidationProblems {

	private ApiValidationProblems() {
	}

	public static ProblemDetail of(BindingResult result, MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("api.invalid", null, locale));
		problem.setProperty("errors", result.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", message(e, messages, locale)))
			.toList());
		return problem;
	}

	/** The same 400 problem for a rule the use case refused on one field, worded by the rule's message. */
	public static ProblemDetail of(InvalidFieldException refused, MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("api.invalid", null, locale));
		problem.setProperty("errors", List.of(Map.of("field", refused.field(),
				"message", messages.getMessage(refused.messageKey(), refused.arguments(), locale))));
		return problem;
	}

	/** The constraint's own message where the request names one, else the platform's wording of the constraint. */
	static String message(FieldError error, MessageSource messages, Locale locale) {
		if (error.contains(ConstraintViolation.class)) {
			String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
			if (!template.startsWith("{jakarta.validation.") && !template.startsWith("{org.hibernate.validator.")) {
				return error.getDefaultMessage();
			}
		}
		return messages.getMessage(error, locale);
	}
}
