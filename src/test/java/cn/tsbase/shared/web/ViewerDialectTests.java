package cn.tsbase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import cn.tsbase.shared.web.ViewerDialect.Viewer;

/**
 * {@code #viewer} answers as Spring Security's expressions did, and the templates ask it rather than the security
 * dialect, whose {@code sec:authorize} parses its expression on every view.
 */
class ViewerDialectTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	/** An opening tag, its attribute values quoted (a value may hold {@code >}, as in {@code a > b}). */
	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][\\w:-]*(?:\\s+[^\\s=>\"]+(?:=\"[^\"]*\")?)*\\s*/?>");

	@Test
	void aSignedInUserHasItsRolesAndNoOthers() {
		Viewer officer = new Viewer(UsernamePasswordAuthenticationToken.authenticated("xc_officer", null,
				AuthorityUtils.createAuthorityList("ROLE_DISTRICT_OFFICER", "SECOND_FACTOR")));
		assertThat(officer.has("DISTRICT_OFFICER")).isTrue();
		assertThat(officer.has("APPLICANT,LIAISON,DISTRICT_OFFICER")).isTrue();
		assertThat(officer.has("APPLICANT, DISTRICT_OFFICER")).isTrue();
		assertThat(officer.has("MUNICIPAL_OFFICER")).isFalse();
		assertThat(officer.has("IP_OFFICER,MUNICIPAL_OFFICER")).isFalse();
		// an authority that is not a role is no role
		assertThat(officer.has("SECOND_FACTOR")).isFalse();
		assertThat(officer.isAuthenticated()).isTrue();
		assertThat(officer.isAnonymous()).isFalse();
	}

	@Test
	void theAnonymousVisitorAndNoAuthenticationHaveNoRole() {
		Viewer anonymous = new Viewer(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(anonymous.isAuthenticated()).isFalse();
		assertThat(anonymous.isAnonymous()).isTrue();
		assertThat(anonymous.has("MUNICIPAL_OFFICER")).isFalse();
		Viewer none = new Viewer(null);
		assertThat(none.isAuthenticated()).isFalse();
		assertThat(none.isAnonymous()).isTrue();
		assertThat(none.has("APPLICANT")).isFalse();
		// a token not (or no longer) authenticated is not signed in
		Viewer unauthenticated = new Viewer(UsernamePasswordAuthenticationToken.unauthenticated("someone", null));
		assertThat(unauthenticated.isAuthenticated()).isFalse();
	}

	@Test
	void templatesAskTheViewerAndNoElementHasTwoConditions() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
				String text = Files.readString(template);
				if (text.contains("sec:authorize") || text.contains("#authorization.expression")) {
					found.add(TEMPLATES.relativize(template) + ": the security dialect's expressions");
				}
				Matcher tag = TAG.matcher(text);
				while (tag.find()) {
					if (tag.group().split("\\sth:if=", -1).length > 2) {
						found.add(TEMPLATES.relativize(template) + ": two th:if in " + tag.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theTagPatternSeesBothConditionsOfAnElementWhoseFirstHoldsAComparison() {
		Matcher tag = TAG.matcher("<form th:if=\"${a > b}\" method=\"post\"\n      th:if=\"${c}\" id=\"x\">");
		assertThat(tag.find()).isTrue();
		assertThat(tag.group().split("\\sth:if=", -1)).hasSize(3);
	}

}
