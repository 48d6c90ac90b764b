package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing of the parsers that take what users type (SECURITY.md). {@code mvn test} replays the saved inputs under
 * {@code src/test/resources/cn/tsbase/shared/ParserFuzzTestsInputs/}; {@code JAZZER_FUZZ=1} fuzzes for new ones.
 * Each checks an invariant, not only the absence of exceptions.
 */
class ParserFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void creditCodesAreParsedWithoutFailingAndAValidOneParsesToItself(byte[] bytes) {
		String input = new String(bytes, StandardCharsets.UTF_8);
		Uscc.Result result = Uscc.parse(input);

		if (result.valid()) {
			String value = result.uscc().orElseThrow().value();
			assertThat(value).hasSize(Uscc.LENGTH);
			assertThat(value.charAt(17)).isEqualTo(Uscc.checkCharacter(value.substring(0, 17)));
			assertThat(Uscc.parse(value).uscc()).get().extracting(Uscc::value).isEqualTo(value);
		}
		else {
			assertThat(result.problem()).isNotNull();
		}
	}

	@FuzzTest(maxDuration = "30s")
	void identityNumbersAreParsedWithoutFailingAndAValidOneParsesToItself(byte[] bytes) {
		String input = new String(bytes, StandardCharsets.UTF_8);
		String parsed = IdCardNumber.parse(input);

		if (parsed != null) {
			assertThat(parsed).matches("\\d{17}[0-9X]");
			assertThat(IdCardNumber.parse(parsed)).isEqualTo(parsed);
			assertThat(IdCardNumber.withCheck(parsed.substring(0, 17))).isEqualTo(parsed);
		}
	}

	@FuzzTest(maxDuration = "30s")
	void richTextNeverCarriesScriptOrEventHandlers(byte[] bytes) {
		String input = new String(bytes, StandardCharsets.UTF_8);
		String html = RichText.sanitize(input).toLowerCase(Locale.ROOT);

		assertThat(html).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<svg", "<img");
		// attributes as the sanitizer writes them (name="value", quotes escaped inside): none is an event handler
		// and no URL runs script
		assertThat(html).doesNotContainPattern("<[a-z0-9]+(\\s+[a-z-]+=\"[^\"]*\")*\\s+on[a-z]+=");
		assertThat(html).doesNotContainPattern("=\"\\s*(javascript|vbscript|data):");
	}
}
