package cn.tsbase.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.tsbase.selection.ConflictReason;
import cn.tsbase.selection.internal.InfeasibilityReason;

/**
 * The reasons the selection gives have their text in both languages, and the text formats with the arguments the code
 * passes: no placeholder left over, no apostrophe that would swallow the rest of the message.
 */
class SelectionMessagesTests {

	private static final String[] BUNDLES = { "/messages.properties", "/messages_en.properties" };

	@ParameterizedTest
	@EnumSource(ConflictReason.class)
	void everyConflictReasonIsExplainedInBothLanguages(ConflictReason reason) throws IOException {
		// every conflict passes two arguments (the declaration's side, the expert's side); a stated one uses none
		int arguments = reason == ConflictReason.DECLARED_BY_EXPERT ? 0 : 2;
		assertFormats(reason.messageKey(), arguments);
	}

	@ParameterizedTest
	@EnumSource(InfeasibilityReason.class)
	void everyInfeasibilityReasonIsExplainedInBothLanguages(InfeasibilityReason reason) throws IOException {
		assertFormats(reason.messageKey(), 6);
	}

	private static void assertFormats(String key, int argumentCount) throws IOException {
		for (String bundle : BUNDLES) {
			String pattern = load(bundle).getProperty(key);
			assertThat(pattern).as("%s in %s", key, bundle).isNotBlank();
			if (argumentCount == 0) {
				// Spring applies MessageFormat only when there are arguments: a doubled quote would show as typed
				assertThat(pattern).as("%s in %s", key, bundle).doesNotContain("''").doesNotContain("{");
				continue;
			}
			Object[] arguments = IntStream.range(0, argumentCount).mapToObj(i -> "ARG" + i).toArray();
			String text = new MessageFormat(pattern, Locale.ROOT).format(arguments);
			assertThat(text).as("%s in %s", key, bundle).doesNotContain("{").doesNotContain("}").contains("ARG0");
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = SelectionMessagesTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
