package cn.tsbase.shared.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies the operator names ({@code tsbase.security.trusted-proxies}: addresses or CIDR blocks, IPv4 or
 * IPv6). Only a request whose peer is one of them may say, in {@code X-Forwarded-For}, whom it forwards for. Header
 * values are parsed as IP literals only, never looked up in DNS.
 */
public final class TrustedProxies {

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<Block> blocks;

	private TrustedProxies(List<Block> blocks) {
		this.blocks = List.copyOf(blocks);
	}

	/**
	 * @param entries addresses ({@code 192.0.2.10}, {@code ::1}) or CIDR blocks ({@code 10.1.0.0/16}); blank entries
	 *            are ignored
	 * @throws IllegalArgumentException for an entry that is not an IP address or block (host names are refused)
	 */
	public static TrustedProxies of(Collection<String> entries) {
		List<Block> blocks = new ArrayList<>();
		for (String entry : entries) {
			if (entry == null || entry.isBlank()) {
				continue;
			}
			blocks.add(Block.parse(entry.strip()));
		}
		return new TrustedProxies(blocks);
	}

	public static TrustedProxies none() {
		return new TrustedProxies(List.of());
	}

	public boolean isEmpty() {
		return blocks.isEmpty();
	}

	/** Whether the address (as the container gives it, or a header value) is one of the trusted proxies. */
	public boolean contains(String address) {
		return parseAddress(address).map(this::contains).orElse(false);
	}

	boolean contains(InetAddress address) {
		return blocks.stream().anyMatch(block -> block.matches(address));
	}

	/**
	 * The address an {@code X-Forwarded-For} element names: an IPv4 or IPv6 literal, optionally with a port
	 * ({@code 192.0.2.1:4711}, {@code [2001:db8::1]:4711}); empty for anything else.
	 */
	static Optional<InetAddress> parseAddress(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String text = value.strip();
		if (text.startsWith("[")) {
			int end = text.indexOf(']');
			if (end < 0) {
				return Optional.empty();
			}
			text = text.substring(1, end);
		}
		else if (text.indexOf(':') > 0 && text.indexOf(':') == text.lastIndexOf(':') && text.indexOf('.') > 0) {
			text = text.substring(0, text.indexOf(':')); // IPv4 with a port
		}
		if (IPV4.matcher(text).matches() || (text.indexOf(':') >= 0 && IPV6.matcher(text).matches())) {
			try {
				// a literal: InetAddress parses it without a name lookup
				return Optional.of(InetAddress.getByName(text));
			}
			catch (UnknownHostException | SecurityException malformed) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return blocks.toString();
	}

	private record Block(InetAddress network, int prefix, String text) {

		static Block parse(String entry) {
			int slash = entry.indexOf('/');
			String address = slash < 0 ? entry : entry.substring(0, slash);
			InetAddress network = parseAddress(address).orElseThrow(() -> new IllegalArgumentException(
					"tsbase.security.trusted-proxies: not an IP address or CIDR block: " + entry));
			int bits = network.getAddress().length * 8;
			int prefix = bits;
			if (slash >= 0) {
				try {
					prefix = Integer.parseInt(entry.substring(slash + 1));
				}
				catch (NumberFormatException malformed) {
					prefix = -1;
				}
				if (prefix < 0 || prefix > bits) {
					throw new IllegalArgumentException(
							"tsbase.security.trusted-proxies: not a valid prefix length: " + entry);
				}
			}
			return new Block(network, prefix, entry);
		}

		boolean matches(InetAddress address) {
			byte[] wanted = network.getAddress();
			byte[] actual = address.getAddress();
			if (wanted.length != actual.length) {
				return false;
			}
			int full = prefix / 8;
			for (int i = 0; i < full; i++) {
				if (wanted[i] != actual[i]) {
					return false;
				}
			}
			int rest = prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xFF << (8 - rest)) & 0xFF;
			return (wanted[full] & mask) == (actual[full] & mask);
		}

		@Override
		public String toString() {
			return text;
		}
	}
}
