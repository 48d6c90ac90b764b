package cn.tsbase.evaluation.internal;

import java.util.List;

/**
 * A platform figure shown beside an indicator: a message key of {@code messages.properties} and its arguments, so that
 * the page words it in the reader's language.
 */
public record PrefillFigure(String key, List<Object> arguments) {

	public PrefillFigure {
		arguments = List.copyOf(arguments);
	}

	static PrefillFigure of(String key, Object... arguments) {
		return new PrefillFigure("evaluation.prefill." + key, List.of(arguments));
	}

	/** The arguments as Thymeleaf's {@code #messages.msgWithParams} takes them. */
	public Object[] args() {
		return arguments.toArray();
	}
}
