package cn.tsbase.organization.web;

import java.util.List;
import java.util.Set;

import org.springframework.validation.BindingResult;

import cn.tsbase.account.FieldProblem;

/** Puts service-side problems beside the form fields they concern. */
final class ProblemBinding {

	private ProblemBinding() {
	}

	static void bind(List<FieldProblem> problems, BindingResult result, Set<String> formFields) {
		for (FieldProblem problem : problems) {
			if (formFields.contains(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
			}
			else {
				result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
			}
		}
	}
}
