package cn.tsbase.shared;

/**
 * A rule a use case refuses on one input (an unknown district, a date before the last stage, a half-year not
 * begun, a case not among the choices): a 400 like any invalid request, naming the field that is wrong so that the
 * form and the API ({@code ApiValidationProblems}) report it there.
 */
public class InvalidFieldException extends InvalidRequestException {

	private final String field;

	public InvalidFieldException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** The name of the wrong input, as the forms and the API requests call it. */
	public String field() {
		return field;
	}
}
