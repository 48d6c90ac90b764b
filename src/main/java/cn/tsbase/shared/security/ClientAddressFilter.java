package cn.tsbase.shared.security;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.web.filter.GenericFilterBean;

/**
 * Resolves the client address of each request before anything reads it (rate limits, the audit trail, sessions).
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only when the request comes from one of the
 * {@link TrustedProxies}; the client is then the right-most address of the chain that is not itself a trusted proxy.
 * From anyone else the headers are ignored, so no header raises a per-IP limit or writes a made-up address into the
 * audit trail. Runs on every dispatch (an error page sees the same address) and gives the same answer each time.
 */
class ClientAddressFilter extends GenericFilterBean {

	static final String FORWARDED_FOR = "X-Forwarded-For";
	static final String FORWARDED_PROTO = "X-Forwarded-Proto";

	/** More hops than any real chain of proxies; a longer header is read only this far from its right end. */
	private static final int MAX_HOPS = 20;

	private final TrustedProxies proxies;

	ClientAddressFilter(TrustedProxies proxies) {
		this.proxies = proxies;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!proxies.isEmpty() && request instanceof HttpServletRequest http && proxies.contains(http.getRemoteAddr())) {
			chain.doFilter(forwarded(http), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private HttpServletRequest forwarded(HttpServletRequest request) {
		String client = clientOf(request);
		String proto = request.getHeader(FORWARDED_PROTO);
		Boolean secure = proto == null ? null
				: "https".equalsIgnoreCase(proto.strip()) ? Boolean.TRUE
						: "http".equalsIgnoreCase(proto.strip()) ? Boolean.FALSE : null;
		return new ForwardedRequest(request, client, secure);
	}

	/** The right-most address of the chain that is not a trusted proxy; a malformed element ends the walk. */
	private String clientOf(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
			for (String element : header.split(",")) {
				hops.add(element);
			}
		}
		String client = request.getRemoteAddr();
		for (int i = hops.size() - 1, seen = 0; i >= 0 && seen < MAX_HOPS; i--, seen++) {
			Optional<InetAddress> hop = TrustedProxies.parseAddress(hops.get(i));
			if (hop.isEmpty()) {
				break;
			}
			client = hop.get().getHostAddress();
			if (!proxies.contains(hop.get())) {
				break;
			}
		}
		return client;
	}

	private static final class ForwardedRequest extends HttpServletRequestWrapper {

		private final String client;
		private final Boolean secure;

		ForwardedRequest(HttpServletRequest request, String client, Boolean secure) {
			super(request);
			this.client = client;
			this.secure = secure;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public boolean isSecure() {
			return secure == null ? super.isSecure() : secure;
		}

		@Override
		public String getScheme() {
			return secure == null ? super.getScheme() : secure ? "https" : "http";
		}

		@Override
		public int getServerPort() {
			return secure == null ? super.getServerPort() : secure ? 443 : 80;
		}

		@Override
		public StringBuffer getRequestURL() {
			if (secure == null) {
				return super.getRequestURL();
			}
			StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
			int port = getServerPort();
			if ((secure && port != 443) || (!secure && port != 80)) {
				url.append(':').append(port);
			}
			return url.append(getRequestURI());
		}
	}
}
