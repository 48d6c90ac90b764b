package cn.tsbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.notification.NotificationMessageKeys;
import cn.tsbase.operation.OperationMessageKeys;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.security.Role;

/**
 * All text on screen comes from the message bundles, in Chinese and English: no literal text in templates, every key
 * used exists in both bundles, and the two bundles hold the same keys.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Path JAVA = Path.of("src/main/java");
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
	private static final Pattern MESSAGES_MSG = Pattern.compile("#messages\\.msg\\('([A-Za-z0-9_.]+)'");
	private static final Pattern JAVA_KEY = Pattern.compile(
			"\"((?:password|account|role|unit|uscc|validation|reference|profile|registration|error|audit|notification|mail)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
	private static final Set<String> LITERAL_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

	private static Properties chinese;
	private static Properties english;

	@BeforeAll
	static void loadBundles() throws IOException {
		chinese = load("/messages.properties");
		english = load("/messages_en.properties");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	@Test
	void bothBundlesHoldTheSameKeys() {
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
	}

	@Test
	void everyKeyATemplateUsesIsInBothBundles() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			for (Pattern pattern : List.of(TEMPLATE_KEY, MESSAGES_MSG)) {
				Matcher matcher = pattern.matcher(html);
				while (matcher.find()) {
					String key = matcher.group(1);
					if (key.endsWith(".")) {
						continue; // a prefix completed at run time, checked with its enumeration below
					}
					if (!chinese.containsKey(key) || !english.containsKey(key)) {
						missing.add(TEMPLATES.relativize(template) + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheJavaCodeUsesIsInBothBundles() throws IOException {
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (!chinese.containsKey(key) || !english.containsKey(key)) {
						missing.add(JAVA.relativize(source) + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void keysBuiltFromEnumerationsExist() {
		List<String> keys = new ArrayList<>();
		Stream.of(Role.values()).map(Role::messageKey).forEach(keys::add);
		AccountFixtures.enumerationMessageKeys().forEach(keys::add);
		Stream.of(ReferenceCategory.values()).map(ReferenceCategory::messageKey).forEach(keys::add);
		Stream.of(Uscc.Problem.values()).map(Uscc.Problem::messageKey).forEach(keys::add);
		Stream.of("missing", "link", "content", "head").map(p -> "audit.verify.problem." + p).forEach(keys::add);
		Stream.of("SUCCESS", "FAILURE").map(o -> "audit.outcome." + o).forEach(keys::add);
		OperationMessageKeys.ofEnumerations().forEach(keys::add);
		NotificationMessageKeys.ofEnumerations().forEach(keys::add);
		Stream.of("name", "unitTypeCode", "industryCode", "address", "postcode", "legalRepresentative", "headcount",
				"annualOutput", "contactPerson", "contactTitle", "contactMobile", "contactEmail")
			.map(f -> "unit.field." + f)
			.forEach(keys::add);
		assertThat(keys).allSatisfy(key -> {
			assertThat(chinese).containsKey(key);
			assertThat(english).containsKey(key);
		});
	}

	@Test
	void messagesWithArgumentsFormatCleanly() {
		List<String> broken = new ArrayList<>();
		for (Properties bundle : List.of(chinese, english)) {
			for (String key : bundle.stringPropertyNames()) {
				String pattern = bundle.getProperty(key);
				if (!pattern.matches("(?s).*\\{\\d.*")) {
					continue;
				}
				Object[] arguments = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
				String formatted = new java.text.MessageFormat(pattern, java.util.Locale.ROOT).format(arguments);
				if (formatted.matches("(?s).*\\{\\d.*") || (pattern.contains("''") != formatted.contains("'")
						&& pattern.contains("'"))) {
					broken.add(key + " = " + pattern);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			NodeTraversor.traverse(new NodeVisitor() {
				@Override
				public void head(org.jsoup.nodes.Node node, int depth) {
					if (node instanceof TextNode text && !text.isBlank() && !isReplaced(text.parent())) {
						literals.add(TEMPLATES.relativize(template) + ": \"" + text.text().trim() + "\"");
					}
					if (node instanceof Element element) {
						for (String attribute : LITERAL_ATTRIBUTES) {
							if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
								literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\""
										+ element.attr(attribute) + "\"");
							}
						}
					}
				}
			}, document);
		}
		assertThat(literals).isEmpty();
	}

	private static boolean isReplaced(org.jsoup.nodes.Node parent) {
		if (!(parent instanceof Element element)) {
			return false;
		}
		String tag = element.tagName();
		return tag.equals("script") || tag.equals("style") || element.hasAttr("th:text") || element.hasAttr("th:utext")
				|| element.hasAttr("th:replace");
	}
}
