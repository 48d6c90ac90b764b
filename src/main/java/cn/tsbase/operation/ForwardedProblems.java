package cn.tsbase.operation;

/**
 * The bureau's side of a liaison problem that a district forwarded to it (issue 15): when the municipal bureau answers
 * the escalation the problem became, the problem is closed with that answer, so the base sees it where it raised it.
 */
public interface ForwardedProblems {

	/**
	 * Closes a forwarded problem with the bureau's answer.
	 *
	 * @return false when there is nothing to close: no such problem, not forwarded, or already closed (e.g. the bureau
	 *         closed it on the operation page first); the answer is then not written
	 */
	boolean closeWithAnswer(long problemId, String answer, String answeredBy);
}
