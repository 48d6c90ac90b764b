package cn.tsbase.selection.internal;

import java.util.List;

/**
 * Why a step of the expert review cannot be taken as asked: the form field it concerns (or {@code null}), a message
 * key and its arguments. Arguments may themselves be {@link org.springframework.context.MessageSourceResolvable}s
 * (a conflict's reason), which the message source resolves in the reader's language.
 */
public record ReviewProblem(String field, String messageKey, List<Object> arguments) {

	public ReviewProblem {
		arguments = List.copyOf(arguments);
	}

	public static ReviewProblem of(String messageKey, Object... arguments) {
		return new ReviewProblem(null, messageKey, List.of(arguments));
	}

	public static ReviewProblem onField(String field, String messageKey, Object... arguments) {
		return new ReviewProblem(field, messageKey, List.of(arguments));
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
