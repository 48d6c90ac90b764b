package cn.tsbase.shared;

/**
 * An object that does not exist, or that lies outside the caller's scope: both are reported alike (HTTP 404) so that
 * nothing leaks about objects the caller may not see.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
