package cn.tsbase.reporting.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tsbase.operation.LiaisonProblemForwarded;
import cn.tsbase.operation.OperationManagement;

/**
 * A liaison report's problem that a district forwarded to the municipal bureau becomes an escalation, with the
 * problem's description as the operation module tells it (once: a repeated event finds it there).
 */
@Component
class LiaisonProblemArrival {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Escalations escalations;
	private final OperationManagement operation;
	private final MessageSource messages;

	LiaisonProblemArrival(Escalations escalations, OperationManagement operation, MessageSource messages) {
		this.escalations = escalations;
		this.operation = operation;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(LiaisonProblemForwarded event) {
		String description = operation.openProblems(event.baseId())
			.stream()
			.filter(p -> p.problemId() == event.problemId())
			.map(OperationManagement.OpenProblem::description)
			.findFirst()
			.orElseGet(() -> messages.getMessage("reporting.escalation.fromLiaison.closed", null, CHINESE));
		String title = messages.getMessage("reporting.escalation.fromLiaison.title",
				new Object[] { event.unitName() }, CHINESE);
		escalations.receiveForwarded(event.problemId(), event.districtCode(), cut(title, 200), cut(description, 4000),
				event.baseId(), event.unitName());
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
