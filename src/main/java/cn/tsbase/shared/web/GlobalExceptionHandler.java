package cn.tsbase.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;

/**
 * Maps the platform's exceptions to responses: not found → 404, a refused state change → 409, a concurrent edit →
 * 409 with "someone else changed this, reload", an over-size upload → 413 with the limits. API calls get RFC 9457 problem details, htmx requests a fragment,
 * pages the error page. Never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of Boot's problem-details handler (order 0), for NoResourceFoundException
class GlobalExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

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

	@ExceptionHandler(StateConflictException.class)
	Object conflict(StateConflictException exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return respond(HttpStatus.CONFLICT, exception.messageKey(), request, response, locale);
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
		return respond(HttpStatus.CONFLICT, "error.concurrentEdit", request, response, locale);
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
			view = new ModelAndView("error/" + status.value());
		}
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", message);
		return view;
	}
}
