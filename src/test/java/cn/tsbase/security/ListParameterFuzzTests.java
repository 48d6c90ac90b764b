package cn.tsbase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.security.AuthorizationMatrixTests.Access;
import cn.tsbase.security.AuthorizationMatrixTests.Caller;
import cn.tsbase.security.AuthorizationMatrixTests.Endpoint;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Bad input never answers 500 (SECURITY.md, input): every list endpoint of the handler mappings (a GET without path
 * variables, downloads aside) is called, as a caller the authorization matrix allows, with random values for the
 * parameters it declares and for paging and sorting — huge, negative and malformed numbers, unknown enum values,
 * impossible dates, control characters, markup, very long text — and must answer below 500.
 * <p>
 * The values come from a seeded generator: a failure names the seed and the request, and
 * {@code -Dtsbase.fuzz.seed=...} replays it ({@code -Dtsbase.fuzz.requests=...} sends more per endpoint).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListParameterFuzzTests {

	static final long SEED = Long.getLong("tsbase.fuzz.seed", 20261201L);

	static final int REQUESTS = Integer.getInteger("tsbase.fuzz.requests", 12);

	/** Parameters every list may be sent, whether or not it declares them. */
	static final List<String> ALWAYS = List.of("page", "size", "sort", "q", "status", "district", "year", "from",
			"to", "unread");

	static final List<String> NASTY = List.of("", " ", "-1", "0", "1", "-2147483648", "2147483647", "2147483648",
			"9223372036854775807", "9223372036854775808", "-0", "1e9", "1.5", "NaN", "0x1F", "abc", "null", "true",
			"ＡＢＣ１２３", "２０２６", "2026-13-45", "2026-02-30", "99999-01-01", "2026-01-01T25:61", "0000-00-00",
			"DRAFT", "SUBMITTED", "bogus_status", "ALL", "110102", "999999", "name", "name,desc", "name,sideways",
			"id,asc", "nonexistent,desc", ",", ",,,", "\u0000", "a\u0000b", "\r\nX-Injected: 1", "\t", "\u202e",
			"<script>alert(1)</script>", "' OR 1=1 --", "%", "_", "\\", "../../etc/passwd", "${7*7}", "#{7*7}",
			"🙂", "商业秘密", "a".repeat(5000), "北".repeat(2000));

	/** Paging values that answered 500 before bad input was mapped to 4xx (issue 9, point 11). */
	static final List<String[]> FIXED_PAGING = List.of(new String[] { "page", "2147483647" },
			new String[] { "page", "-1" }, new String[] { "size", "100000" }, new String[] { "page", "abc" },
			new String[] { "size", "-5" }, new String[] { "page", "2147483648" });

	/** Values every declared parameter is sent once: wrong types, impossible dates, overflow. */
	static final List<String> FIXED_VALUES = List.of("abc", "2026-13-45", "-1", "2147483648", "\u0000");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UnitFixtures units;

	private Long unitId;

	/** A list endpoint with the names of the parameters its handler declares. */
	record ListEndpoint(String pattern, Set<String> parameters) {

		@Override
		public String toString() {
			return "GET " + pattern;
		}
	}

	Stream<Arguments> listEndpoints() {
		Map<String, ListEndpoint> found = new TreeMap<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (!isGet(info)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (isList(pattern)) {
					found.merge(pattern, new ListEndpoint(pattern, parameterNames(method)),
							(a, b) -> new ListEndpoint(pattern, union(a.parameters(), b.parameters())));
				}
			}
		});
		return found.values().stream().map(Arguments::of);
	}

	@Test
	void theListEndpointsAreFoundInTheHandlerMappings() {
		List<String> patterns = listEndpoints().map(a -> ((ListEndpoint) a.get()[0]).pattern()).toList();
		assertThat(patterns).contains("/units", "/api/v1/units", "/audit", "/admin/accounts", "/public/bases",
				"/public/notices", "/review/declarations", "/selection/experts", "/notifications");
		assertThat(listEndpoints().map(a -> (ListEndpoint) a.get()[0])
			.filter(e -> e.pattern().equals("/units"))
			.findFirst()
			.orElseThrow()
			.parameters()).contains("q", "type", "industry", "district", "page", "size", "sort");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("listEndpoints")
	void randomParametersNeverAnswer500(ListEndpoint endpoint) throws Exception {
		Access access = AuthorizationMatrixTests.MATRIX.getOrDefault(new Endpoint("GET", endpoint.pattern()),
				AuthorizationMatrixTests.MATRIX.get(new Endpoint("*", endpoint.pattern())));
		assertThat(access).as("%s is in the authorization matrix", endpoint).isNotNull();
		CurrentUser caller = callerFor(access);
		if (caller == null && !access.allows(Caller.anonymousCaller())) {
			return; // mapped, but nobody may call it: nothing to fuzz
		}
		long seed = SEED ^ endpoint.pattern().hashCode();
		Random random = new Random(seed);
		List<String> names = new ArrayList<>(union(endpoint.parameters(), new LinkedHashSet<>(ALWAYS)));
		List<List<String[]>> requests = new ArrayList<>();
		// first the values known to have broken lists, on paging and on every parameter the handler declares
		for (String[] fixed : FIXED_PAGING) {
			requests.add(List.<String[]>of(fixed));
		}
		for (String name : endpoint.parameters()) {
			for (String value : FIXED_VALUES) {
				requests.add(List.<String[]>of(new String[] { name, value }));
			}
		}
		for (int i = 0; i < REQUESTS; i++) {
			List<String[]> parameters = new ArrayList<>();
			int count = 1 + random.nextInt(Math.min(4, names.size()));
			for (int p = 0; p < count; p++) {
				String name = names.get(random.nextInt(names.size()));
				String value = random.nextInt(8) == 0 ? randomText(random) : NASTY.get(random.nextInt(NASTY.size()));
				parameters.add(new String[] { name, value });
			}
			requests.add(parameters);
		}
		for (List<String[]> parameters : requests) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(endpoint.pattern());
			StringBuilder described = new StringBuilder(endpoint.pattern()).append('?');
			for (String[] parameter : parameters) {
				request.param(parameter[0], parameter[1]);
				described.append(parameter[0]).append('=').append(printable(parameter[1])).append('&');
			}
			if (random.nextBoolean()) {
				request.header("HX-Request", "true");
				described.append(" (htmx)");
			}
			request.with(SecurityFixtures.servletPathAsInContainer());
			if (caller != null) {
				request.with(SecurityFixtures.as(caller));
			}
			int status;
			try {
				status = mvc.perform(request).andReturn().getResponse().getStatus();
			}
			catch (Exception failed) {
				fail("%s as %s (seed %d) failed with %s", described, caller == null ? "anonymous" : caller.getRoles(),
						SEED, failed);
				return;
			}
			assertThat(status).as("%s as %s (seed %d)", described, caller == null ? "anonymous" : caller.getRoles(),
					SEED).isLessThan(500);
		}
	}

	/** A caller that the matrix allows: a logged-in role where one may call it, else nobody (anonymous). */
	private CurrentUser callerFor(Access access) {
		for (Role role : Role.values()) {
			if (access.allows(Caller.of(role))) {
				String district = Role.DISTRICT_ROLES.contains(role) || Role.UNIT_ROLES.contains(role)
						? SecurityFixtures.XICHENG : null;
				Long unit = Role.UNIT_ROLES.contains(role) ? unit() : null;
				return SecurityFixtures.user(role, district, unit);
			}
		}
		return null;
	}

	private long unit() {
		if (unitId == null) {
			unitId = units.register("参数模糊测试单位", SecurityFixtures.XICHENG).unit().getId();
		}
		return unitId;
	}

	private static boolean isGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	/** A page that lists: a GET without path variables that is neither a download nor the platform's machinery. */
	private static boolean isList(String pattern) {
		return !pattern.contains("{") && !pattern.contains("*") && !pattern.matches(".*\\.(xlsx|pdf|docx|yaml)$")
				&& !pattern.equals("/error") && !pattern.startsWith("/v3/") && !pattern.startsWith("/swagger-ui");
	}

	/** The request parameters a handler declares: {@code @RequestParam}s and the components of query objects. */
	private static Set<String> parameterNames(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			Parameter reflected = parameter.getParameter();
			if (requestParam != null) {
				String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
				names.add(name.isEmpty() ? reflected.getName() : name);
			}
			else if (parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
				continue;
			}
			else if (BeanUtils.isSimpleProperty(type)) {
				names.add(reflected.getName());
			}
			else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| type.getName().startsWith("cn.tsbase."))) {
				Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
			}
		}
		return names;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return all;
	}

	private static String randomText(Random random) {
		int length = random.nextInt(40);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(switch (random.nextInt(4)) {
				case 0 -> random.nextInt(0x20);
				case 1 -> 0x20 + random.nextInt(0x5F);
				case 2 -> 0x4E00 + random.nextInt(0x5000);
				default -> random.nextInt(0x10FFFF + 1) & 0xFFFF;
			});
		}
		return text.toString();
	}

	private static String printable(String value) {
		String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
		StringBuilder out = new StringBuilder();
		shown.codePoints()
			.forEach(cp -> out.append(Character.isISOControl(cp) ? String.format("\\u%04x", cp)
					: new String(Character.toChars(cp))));
		return out.toString();
	}
}
