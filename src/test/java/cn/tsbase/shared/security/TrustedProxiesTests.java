package cn.tsbase.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTests {

	@Test
	void nobodyIsTrustedByDefault() {
		TrustedProxies none = TrustedProxies.of(List.of(""));
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.contains("127.0.0.1")).isFalse();
		assertThat(none.contains("10.0.0.1")).isFalse();
	}

	@Test
	void addressesAndCidrBlocksOfBothFamiliesMatch() {
		TrustedProxies proxies = TrustedProxies.of(List.of("192.0.2.10", "172.16.0.0/12", "2001:db8::/32", "::1"));
		assertThat(proxies.contains("192.0.2.10")).isTrue();
		assertThat(proxies.contains("192.0.2.11")).isFalse();
		assertThat(proxies.contains("172.31.255.255")).isTrue();
		assertThat(proxies.contains("172.32.0.1")).isFalse();
		assertThat(proxies.contains("2001:db8:1::7")).isTrue();
		assertThat(proxies.contains("[2001:db8::7]:443")).isTrue();
		assertThat(proxies.contains("2001:db9::7")).isFalse();
		assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(proxies.contains("192.0.2.10:8080")).isTrue();
	}

	@Test
	void headerValuesThatAreNoIpLiteralsNeverMatchAndAreNeverLookedUp() {
		TrustedProxies proxies = TrustedProxies.of(List.of("0.0.0.0/0"));
		assertThat(proxies.contains("deadbeef.example.com")).isFalse();
		assertThat(proxies.contains("localhost")).isFalse();
		assertThat(proxies.contains("1.2.3.4\r\nX-Injected: 1")).isFalse();
		assertThat(proxies.contains("999.1.1.1")).isFalse();
		assertThat(proxies.contains("unknown")).isFalse();
		assertThat(proxies.contains("")).isFalse();
	}

	@Test
	void aHostNameOrABadPrefixIsRefusedAtStartUp() {
		assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example.gov.cn")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("trusted-proxies");
		assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x"))).isInstanceOf(IllegalArgumentException.class);
	}
}
