package cn.tsbase.organization.internal;

import java.util.List;

import cn.tsbase.account.FieldProblem;

/** A registration that cannot be accepted; nothing was stored. */
public class RegistrationRejectedException extends RuntimeException {

	private final List<FieldProblem> problems;

	public RegistrationRejectedException(List<FieldProblem> problems) {
		super("Registration rejected: " + problems.stream().map(FieldProblem::messageKey).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
