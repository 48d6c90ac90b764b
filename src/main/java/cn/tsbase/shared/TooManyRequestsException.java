package cn.tsbase.shared;

/** A client over a rate limit: HTTP 429. */
public class TooManyRequestsException extends RuntimeException {

	public TooManyRequestsException(String message) {
		super(message);
	}
}
