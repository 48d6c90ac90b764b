package cn.tsbase.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx request support: htmx requests get a fragment, full requests a page. */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		// a history restore wants the whole page back
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/** The fragment for htmx requests, else the whole view. */
	public static String view(HttpServletRequest request, String view, String fragment) {
		return isHtmx(request) ? view + " :: " + fragment : view;
	}
}
