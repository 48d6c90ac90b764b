package cn.tsbase.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a template's fragment to a string in the current request's context (its links, the reader's locale and
 * roles), for markup a page keeps and shows again: the dashboards render their tables once per kept snapshot of the
 * figures (issue 15). Text is escaped as in any page; the caller shows the string unescaped ({@code th:utext}) only
 * because this renderer wrote it.
 */
@Component
public class FragmentRenderer {

	private final ISpringTemplateEngine templates;
	private final ApplicationContext context;
	private volatile JakartaServletWebApplication application;

	FragmentRenderer(ISpringTemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	/** The fragment of the template with these variables, as the page being served would render it. */
	public String render(String template, String fragment, Map<String, Object> variables, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		WebContext web = new WebContext(application(request).buildExchange(request, response), locale, variables);
		// as ThymeleafView does: the MVC conversion service, which Spring MVC's interceptor puts in the request
		ConversionService conversion = (ConversionService) request.getAttribute(ConversionService.class.getName());
		web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, conversion));
		return templates.process(template, Set.of(fragment), web);
	}

	private JakartaServletWebApplication application(HttpServletRequest request) {
		JakartaServletWebApplication built = application;
		if (built == null) {
			built = JakartaServletWebApplication.buildApplication(request.getServletContext());
			application = built;
		}
		return built;
	}

}
