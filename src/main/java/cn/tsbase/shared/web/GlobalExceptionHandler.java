package cn.tsbase.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Maps the platform's exceptions to responses: not found → 404, a refused state change → 409, a concurrent edit →
 * 409 with "someone else changed this, reload", an over-size upload → 413 with the limits, and a request that cannot
 * mean anything (a malformed or missing parameter, a body that cannot be read, a non-multipart upload, a page out of
 * range) → 400, 404, 405 or 415 saying what is wrong. API calls get RFC 9457 problem details, htmx requests a
 * fragment, pages the error page. Never a stack trace, and bad input never a 500.
 * <p>
 * A refused action (409) of a page form goes back to the page it came from, with the reason shown there: when the
 * request's {@code Referer} is a page of this site, the handler redirects to it (303) with the message as
 * {@code flashError}; otherwise the error page links back to where the user came from, if that is on this site.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of Boot's problem-details handler (order 0), for NoResourceFoundException
class GlobalExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

	/** Statuses with an error page of their own; the others use {@code error/4xx}. */
	private static final Set<Integer> ERROR_PAGES = Set.of(400, 403, 404, 409, 413, 429);

	private final MessageSource messages;
	private final AuditLog audit;
	private final DataSize maxFileSize;
	private final DataSize maxRequestSize;

	GlobalExceptionHandler(MessageSource messages, AuditLog audit,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.messages = messages;
		this.audit = audit;
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	/**
	 * An object id that does not exist or lies outside the caller's scope: the same 404 either way, and an audit entry
	 * with the actor and the request, since probing ids of another scope is an attempt to be seen.
	 */
	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		audit.record("OBJECT_NOT_FOUND", "Request", null, AuditOutcome.FAILURE, AuditLog.requestLine(request));
		return respond(HttpStatus.NOT_FOUND, "error.404.message", request, response, locale);
	}

	/**
	 * A path no handler serves: the platform's 404 page, not Spring's problem details ("No static resource ...")
	 * that a browser would otherwise get.
	 */
	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(NoResourceFoundException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return respond(HttpStatus.NOT_FOUND, "error.404.message", request, response, locale);
	}

	@ExceptionHandler(PageOutOfRangeException.class)
	Object pageOutOfRange(PageOutOfRangeException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return respond(HttpStatus.NOT_FOUND, "pagination.outOfRange",
				new Object[] { exception.requestedPage(), exception.pages() }, request, response, locale);
	}

	@ExceptionHandler(InvalidRequestException.class)
	Object invalidRequest(InvalidRequestException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, exception.messageKey(), exception.arguments(), request, response,
				locale);
	}

	/** A parameter or path segment that does not convert: an id that is no number, an unknown status, a bad date. */
	@ExceptionHandler(TypeMismatchException.class)
	Object typeMismatch(TypeMismatchException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		String name = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: exception.getPropertyName();
		return badParameter(name, request, response, locale);
	}

	/** A form or query object that does not bind and whose handler takes no {@code BindingResult}. */
	@ExceptionHandler(BindException.class)
	Object bindingFailed(BindException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		FieldError field = exception.getFieldError();
		return field == null ? respond(HttpStatus.BAD_REQUEST, "error.400.message", request, response, locale)
				: badParameter(field.getField(), request, response, locale);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object validationFailed(HandlerMethodValidationException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, "error.400.message", request, response, locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, "error.400.missing", new Object[] { exception.getParameterName() },
				request, response, locale);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	Object missingPart(MissingServletRequestPartException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, "error.400.missingFile", request, response, locale);
	}

	@ExceptionHandler(ServletRequestBindingException.class)
	Object requestBinding(ServletRequestBindingException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, "error.400.message", request, response, locale);
	}

	/** A POST to an upload endpoint that is not multipart, or a multipart body that cannot be parsed. */
	@ExceptionHandler(MultipartException.class)
	Object notMultipart(MultipartException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		log.info("Upload refused as malformed: {}", request.getServletPath());
		return respond(HttpStatus.BAD_REQUEST, "error.400.notMultipart", request, response, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, "error.400.unreadable", request, response, locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpMediaTypeNotSupportedException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415.message", request, response, locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpRequestMethodNotSupportedException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		if (exception.getSupportedHttpMethods() != null && !exception.getSupportedHttpMethods().isEmpty()) {
			response.setHeader(HttpHeaders.ALLOW, String.join(", ",
					exception.getSupportedHttpMethods().stream().map(Object::toString).toList()));
		}
		return respond(HttpStatus.METHOD_NOT_ALLOWED, "error.405.message", request, response, locale);
	}

	private Object badParameter(String name, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, "error.400.parameter", new Object[] { name }, request, response,
				locale);
	}

	@ExceptionHandler(StateConflictException.class)
	Object conflict(StateConflictException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return refused(exception.messageKey(), request, response, locale);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	Object tooManyRequests(TooManyRequestsException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		response.setHeader("Retry-After", "3600");
		return respond(HttpStatus.TOO_MANY_REQUESTS, "error.429.message", request, response, locale);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	Object concurrentEdit(ObjectOptimisticLockingFailureException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		log.info("Concurrent modification refused: {}", exception.getPersistentClassName());
		return refused("error.concurrentEdit", request, response, locale);
	}

	/** A 409: back to the page the form was on, with the reason, or the error page linking back. */
	private Object refused(String messageKey, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		String back = sameSiteReferer(request);
		boolean page = !request.getServletPath().startsWith("/api/") && !Htmx.isHtmx(request);
		if (page && back != null && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			RequestContextUtils.getOutputFlashMap(request).put("flashError", messageKey);
			RedirectView redirect = new RedirectView(back, false);
			redirect.setStatusCode(HttpStatus.SEE_OTHER);
			redirect.setExposeModelAttributes(false);
			redirect.setExpandUriTemplateVariables(false);
			return new ModelAndView(redirect);
		}
		Object view = respond(HttpStatus.CONFLICT, messageKey, request, response, locale);
		if (view instanceof ModelAndView modelAndView && page && back != null && !back.equals(currentPath(request))) {
			modelAndView.addObject("backUrl", back);
		}
		return view;
	}

	/**
	 * The path and query of the {@code Referer} when it is a page of this site (same scheme, host and port, under
	 * the context path); null otherwise, so a redirect never leaves the site.
	 */
	static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null || referer.isBlank()) {
			return null;
		}
		URI uri;
		try {
			uri = URI.create(referer.strip());
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
		if (uri.getScheme() == null || uri.getHost() == null || uri.getRawPath() == null
				|| !uri.getScheme().equalsIgnoreCase(request.getScheme())
				|| !uri.getHost().equalsIgnoreCase(request.getServerName())
				|| port(uri) != request.getServerPort() || uri.getRawUserInfo() != null) {
			return null;
		}
		String path = uri.getRawPath();
		String context = request.getContextPath();
		if (!path.startsWith(context + "/") || path.startsWith("//") || path.contains("\\")) {
			return null;
		}
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	private static String currentPath(HttpServletRequest request) {
		return request.getQueryString() == null ? request.getRequestURI()
				: request.getRequestURI() + "?" + request.getQueryString();
	}

	/** A multipart upload over the configured limits: the user learns the limits, not a stack trace. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object uploadTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		log.info("Upload refused as too large: {}", request.getServletPath());
		return respond(HttpStatus.CONTENT_TOO_LARGE, "error.413.message",
				new Object[] { megabytes(maxFileSize), megabytes(maxRequestSize) }, request, response, locale);
	}

	private static String megabytes(DataSize size) {
		long bytes = size.toBytes();
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
	}

	private Object respond(HttpStatus status, String messageKey, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return respond(status, messageKey, null, request, response, locale);
	}

	private Object respond(HttpStatus status, String messageKey, Object[] arguments, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		String message = messages.getMessage(messageKey, arguments, messageKey, locale);
		if (request.getServletPath().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			return ResponseEntity.status(status).body(problem);
		}
		response.setStatus(status.value());
		ModelAndView view;
		if (Htmx.isHtmx(request)) {
			view = new ModelAndView("fragments/alerts :: error");
			// the layout's htmx configuration swaps these statuses; the message goes to the page's alert area
			response.setHeader("HX-Retarget", "#alerts");
			response.setHeader("HX-Reswap", "innerHTML");
		}
		else {
			view = new ModelAndView(ERROR_PAGES.contains(status.value()) ? "error/" + status.value() : "error/4xx");
		}
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", message);
		return view;
	}
}
