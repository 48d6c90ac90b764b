package cn.tsbase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every event code and object type that the code base records has a label in both bundles, and so has every code
 * that goes into a detail (reasons of a failed assignment, authentication failures). The codes are read from the
 * sources: every {@code record(..)} call on an {@code AuditLog} field, its event argument resolved from literals,
 * conditionals of literals, constants of the same file, or an enum's values.
 */
class AuditLabelTests {

	private static final Path JAVA = Path.of("src/main/java");
	private static final Pattern AUDIT_FIELD = Pattern.compile("\\bAuditLog\\s+(\\w+)\\s*[;,)=]");
	private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
	private static final Pattern ENUM_SUFFIX = Pattern.compile("^\"([A-Z_]*)\"\\s*\\+\\s*(\\w+)\\.name\\(\\)$");

	/** Event codes computed from an enum: the expression, and the enum whose values complete it. */
	private static final Map<String, String> ENUM_CODES = Map.of("\"OBJECTION_\" + decision.name()",
			"cn.tsbase.publicnotice.ObjectionDecision");

	/** Exceptions whose simple names a failed login records as its detail. */
	private static final List<String> LOGIN_FAILURES = List.of("BadCredentialsException", "LockedException",
			"DisabledException", "AccountExpiredException", "CredentialsExpiredException",
			"InternalAuthenticationServiceException", "SessionAuthenticationException");

	private static Properties chinese;
	private static Properties english;

	@BeforeAll
	static void loadBundles() throws IOException {
		chinese = load("/messages.properties");
		english = load("/messages_en.properties");
	}

	@Test
	void everyEventCodeRecordedAnywhereHasALabel() throws Exception {
		Set<String> events = new TreeSet<>();
		for (Call call : calls()) {
			events.addAll(resolve(call, call.event()));
		}
		assertThat(events).as("the scan finds the calls").hasSizeGreaterThan(60)
			.contains("LOGIN_SUCCESS", "ATTACHMENT_UPLOADED", "OBJECTION_UPHELD", "DECLARATION_NOT_RECOMMENDED");
		assertLabelled("audit.event.", events);
	}

	@Test
	void everyObjectTypeRecordedAnywhereHasALabel() throws Exception {
		Set<String> types = new TreeSet<>();
		for (Call call : calls()) {
			if (!call.objectType().equals("null")) {
				types.addAll(resolve(call, call.objectType()));
			}
		}
		assertThat(types).contains("Declaration", "UserAccount", "Attachment");
		assertLabelled("audit.objectType.", types);
	}

	@Test
	void everyCodeThatGoesIntoADetailHasALabel() throws Exception {
		Set<String> codes = new TreeSet<>(LOGIN_FAILURES);
		Arrays.stream(Class.forName("cn.tsbase.selection.internal.InfeasibilityReason").getEnumConstants())
			.map(value -> ((Enum<?>) value).name())
			.forEach(codes::add);
		assertLabelled("audit.detail.", codes);
	}

	/**
	 * The audit page shows details in the reader's language: every word that a detail's literal text carries (and is
	 * not part of a labelled phrase) has a label, so no English is left in the Chinese page.
	 */
	@Test
	void everyWordOfADetailsLiteralTextHasALabel() throws Exception {
		Set<String> words = new TreeSet<>();
		Set<String> phrases = new TreeSet<>();
		for (Call call : calls()) {
			Matcher literal = LITERAL.matcher(call.detail());
			while (literal.find()) {
				String text = literal.group(1).replace("\\'", "'");
				for (String phrase : cn.tsbase.audit.web.AuditLabels.PHRASES) {
					if (text.contains(phrase)) {
						phrases.add(cn.tsbase.audit.web.AuditLabels.phraseKey(phrase).substring("audit.detail.".length()));
						text = text.replace(phrase, " ");
					}
				}
				Matcher word = Pattern.compile("[A-Za-z][A-Za-z0-9_]*").matcher(text);
				while (word.find()) {
					words.add(word.group());
				}
			}
		}
		assertThat(words).as("the scan finds the details' words").contains("rows", "attachment", "until");
		assertThat(phrases).contains("not_in_scope_or_unknown");
		assertLabelled("audit.detail.", words);
		assertLabelled("audit.detail.", phrases);
	}

	private static void assertLabelled(String prefix, Set<String> codes) {
		List<String> missing = codes.stream()
			.filter(code -> !chinese.containsKey(prefix + code) || !english.containsKey(prefix + code))
			.map(code -> prefix + code)
			.toList();
		assertThat(missing).as("labels missing from messages.properties / messages_en.properties").isEmpty();
	}

	record Call(Path file, String source, String event, String objectType, String detail) {
	}

	private static List<Call> calls() throws IOException {
		List<Call> calls = new ArrayList<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Set<String> fields = new TreeSet<>();
				Matcher field = AUDIT_FIELD.matcher(source);
				while (field.find()) {
					fields.add(field.group(1));
				}
				for (String name : fields) {
					Matcher call = Pattern.compile("\\b" + name + "\\.record\\(").matcher(source);
					while (call.find()) {
						List<String> args = arguments(source, call.end());
						assertThat(args.size()).as("arguments of a record call in %s", file).isIn(5, 6);
						int offset = args.size() == 6 ? 1 : 0;
						calls.add(new Call(file, source, args.get(offset), args.get(offset + 1), args.get(offset + 4)));
					}
				}
			}
		}
		return calls;
	}

	/** The top-level arguments of the call whose opening parenthesis ends before {@code start}. */
	private static List<String> arguments(String source, int start) {
		List<String> args = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 1;
		boolean inString = false;
		for (int i = start; depth > 0; i++) {
			char c = source.charAt(i);
			if (inString) {
				current.append(c);
				if (c == '\\') {
					current.append(source.charAt(++i));
				}
				else if (c == '"') {
					inString = false;
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					inString = true;
					current.append(c);
				}
				case '(', '[', '{' -> {
					depth++;
					current.append(c);
				}
				case ')', ']', '}' -> {
					depth--;
					if (depth > 0) {
						current.append(c);
					}
				}
				case ',' -> {
					if (depth == 1) {
						args.add(current.toString().trim());
						current.setLength(0);
					}
					else {
						current.append(c);
					}
				}
				default -> current.append(c);
			}
		}
		args.add(current.toString().replaceAll("\\s+", " ").trim());
		return args.stream().map(arg -> arg.replaceAll("\\s+", " ")).toList();
	}

	/** The codes an argument expression can take; fails on one it cannot resolve, so none is left unlabelled. */
	private static Set<String> resolve(Call call, String expression) throws ClassNotFoundException {
		Set<String> codes = new TreeSet<>();
		if (ENUM_CODES.containsKey(expression)) {
			Matcher prefix = ENUM_SUFFIX.matcher(expression);
			assertThat(prefix.matches()).isTrue();
			for (Object value : Class.forName(ENUM_CODES.get(expression)).getEnumConstants()) {
				codes.add(prefix.group(1) + ((Enum<?>) value).name());
			}
			return codes;
		}
		if (expression.matches("\"[^\"]*\"") || expression.matches("[^\"?]+ \\? \"[^\"]*\" : \"[^\"]*\"")) {
			Matcher literal = LITERAL.matcher(expression);
			while (literal.find()) {
				codes.add(literal.group(1));
			}
			return codes;
		}
		if (expression.matches("[A-Z][A-Z0-9_]*")) {
			Matcher constant = Pattern.compile("static final String " + expression + " = \"([^\"]*)\";")
				.matcher(call.source());
			assertThat(constant.find()).as("constant %s in %s", expression, call.file()).isTrue();
			codes.add(constant.group(1));
			return codes;
		}
		throw new AssertionError("Cannot tell which audit codes " + expression + " in " + call.file()
				+ " takes: use a literal, a conditional of literals or a constant, or add it to ENUM_CODES");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditLabelTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
