package cn.tsbase.publicnotice.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;


import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import cn.tsbase.shared.web.ApiValidationProblems;
import cn.tsbase.shared.web.Paging;

/**
 * What the notice module's JSON controllers share: a page as a resource, bounded paging, and invalid requests
 * answered 400 with each field's problem in the caller's language (the platform's handler answers the rest: 404,
 * 409, 429).
 */
abstract class NoticeApiSupport {

	private final MessageSource messages;

	NoticeApiSupport(MessageSource messages) {
		this.messages = messages;
	}

	/** A page of a list that can grow. */
	record PageResource<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageResource<T> of(Page<T> page) {
			return new PageResource<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	/** The page and size asked for, bounded; the order is the service's. */
	static Pageable paging(Integer page, Integer size) {
		return Paging.of(page, size, null, Set.of(), Sort.unsorted());
	}

	/** A refusal that is neither "not found" in general nor a state conflict: its status and message key. */
	static class ApiRefusal extends RuntimeException {

		private final HttpStatus status;
		private final String messageKey;

		ApiRefusal(HttpStatus status, String messageKey) {
			super(messageKey);
			this.status = status;
			this.messageKey = messageKey;
		}
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, Locale locale) {
		return ResponseEntity.badRequest()
			.body(ApiValidationProblems.of(exception.getBindingResult(), messages, locale));
	}

	@ExceptionHandler(ApiRefusal.class)
	ResponseEntity<ProblemDetail> refused(ApiRefusal refusal, Locale locale) {
		return ResponseEntity.status(refusal.status)
			.body(ProblemDetail.forStatusAndDetail(refusal.status,
					messages.getMessage(refusal.messageKey, null, refusal.messageKey, locale)));
	}
}
