package cn.tsbase.organization.internal;

import java.util.List;
import java.util.Set;

import cn.tsbase.account.FieldProblem;

/** A registration that cannot be accepted; nothing was stored. */
public class RegistrationRejectedException extends RuntimeException {

	/** The problems that tell whether a credit code or a username exists. */
	static final Set<String> EXISTENCE = Set.of("unit.uscc.taken", "account.username.taken");

	private final List<FieldProblem> problems;

	public RegistrationRejectedException(List<FieldProblem> problems) {
		super("Registration rejected: " + problems.stream().map(FieldProblem::messageKey).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * Whether the problems say no more than that a code or username is taken (two registrations racing for the same
	 * one): an anonymous caller is then given the generic answer, not the problems.
	 */
	public boolean revealsExistence() {
		return !problems.isEmpty() && problems.stream().allMatch(p -> EXISTENCE.contains(p.messageKey()));
	}
}
