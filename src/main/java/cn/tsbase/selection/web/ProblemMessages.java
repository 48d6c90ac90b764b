package cn.tsbase.selection.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.selection.internal.AssignmentOutcome;
import cn.tsbase.selection.internal.ReviewProblem;
import cn.tsbase.selection.internal.RoundView;

/** Puts the selection's problems and reasons into words in the reader's language, with names rather than ids. */
@Component
class ProblemMessages {

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(ReviewProblem problem, Locale locale) {
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { problem.messageKey() },
				problem.argumentArray(), problem.messageKey()), locale);
	}

	List<String> texts(List<ReviewProblem> problems, Locale locale) {
		return problems.stream().map(p -> text(p, locale)).toList();
	}

	/** Back to the page at {@code path}: with the success message when nothing was found, else with the problems. */
	String redirectBack(List<ReviewProblem> found, String success, String path, Locale locale,
			RedirectAttributes redirect) {
		if (found.isEmpty()) {
			redirect.addFlashAttribute("flashSuccess", success);
		}
		else {
			redirect.addFlashAttribute("problems", texts(found, locale));
		}
		return "redirect:" + path;
	}

	/** The problems by form field (several per field joined); problems of no field under "". */
	Map<String, String> byField(List<ReviewProblem> problems, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (ReviewProblem problem : problems) {
			byField.merge(problem.field() == null ? "" : problem.field(), text(problem, locale), (a, b) -> a + " " + b);
		}
		return byField;
	}

	/** A reason why no assignment exists, with the names of the declarations and experts it concerns. */
	record Infeasibility(String text, List<String> declarations, List<String> experts) {
	}

	/**
	 * The solver's reasons in words: the declarations and experts its arguments name by id appear by name, and the
	 * declarations and experts each reason concerns are listed by name.
	 */
	List<Infeasibility> infeasibilities(AssignmentOutcome.Infeasible outcome, RoundView view, Locale locale) {
		return outcome.reasons().stream().map(reason -> {
			Object[] arguments = reason.arguments().toArray();
			switch (reason.reason()) {
				case FIXED_PAIR_CONFLICTED, FIXED_PAIR_EXPERT_UNAVAILABLE -> {
					arguments[0] = view.expertName(((Number) arguments[0]).longValue());
					arguments[1] = view.unitName(((Number) arguments[1]).longValue());
				}
				case FIXED_PAIRS_EXCEED_EXPERTS_PER_DECLARATION, TOO_FEW_ELIGIBLE_EXPERTS ->
					arguments[0] = view.unitName(((Number) arguments[0]).longValue());
				case FIXED_PAIRS_EXCEED_MAXIMUM_LOAD ->
					arguments[0] = view.expertName(((Number) arguments[0]).longValue());
				default -> {
				}
			}
			String text = messages.getMessage(reason.messageKey(), arguments, reason.messageKey(), locale);
			return new Infeasibility(text, reason.declarationIds().stream().map(view::unitName).toList(),
					reason.expertIds().stream().map(view::expertName).toList());
		}).toList();
	}
}
