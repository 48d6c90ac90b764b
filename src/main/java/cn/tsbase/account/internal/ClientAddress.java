package cn.tsbase.account.internal;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address a request came from, as the servlet container resolved it (the same one the audit trail records). */
final class ClientAddress {

	static final String UNKNOWN = "unknown";
	private static final int MAX_LENGTH = 64;

	private ClientAddress() {
	}

	static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String address = attributes.getRequest().getRemoteAddr();
			if (address != null && !address.isBlank()) {
				return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
			}
		}
		return UNKNOWN;
	}
}
