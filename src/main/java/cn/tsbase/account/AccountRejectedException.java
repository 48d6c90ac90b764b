package cn.tsbase.account;

import java.util.List;

/** An account that cannot be created as asked; the problems say why, per field. */
public class AccountRejectedException extends RuntimeException {

	private final List<FieldProblem> problems;

	public AccountRejectedException(List<FieldProblem> problems) {
		super("Account rejected: " + problems.stream().map(FieldProblem::messageKey).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
