package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.tsbase.UsccFixtures;

class UsccTests {

	// A code published with its check characters (GB 32100-2015 examples in circulation).
	private static final String KNOWN_VALID = "91350100M000100Y43";

	@Test
	void acceptsAKnownValidCode() {
		Uscc.Result result = Uscc.parse(KNOWN_VALID);
		assertThat(result.valid()).isTrue();
		assertThat(result.uscc().get().value()).isEqualTo(KNOWN_VALID);
	}

	@Test
	void normalisesFullWidthCharactersLowerCaseAndSpaces() {
		String typed = "　９１３５０１００ｍ０００ 1 00y43 ";
		Uscc.Result result = Uscc.parse(typed);
		assertThat(result.valid()).isTrue();
		assertThat(result.uscc().get().value()).isEqualTo(KNOWN_VALID);
	}

	@Test
	void refusesAnEmptyCode() {
		assertThat(Uscc.parse("  ").problem()).isEqualTo(Uscc.Problem.EMPTY);
		assertThat(Uscc.parse(null).problem()).isEqualTo(Uscc.Problem.EMPTY);
	}

	@Test
	void saysHowLongTheCodeWas() {
		Uscc.Result result = Uscc.parse("91350100M000100Y4");
		assertThat(result.problem()).isEqualTo(Uscc.Problem.LENGTH);
		assertThat(result.arguments()).containsExactly(17);
	}

	@Test
	void namesThePositionAndTheCharacterOutsideTheAlphabet() {
		Uscc.Result result = Uscc.parse("91350100M00O100Y43");
		assertThat(result.problem()).isEqualTo(Uscc.Problem.CHARACTER);
		assertThat(result.arguments()).containsExactly(12, "O");
	}

	@Test
	void refusesLettersThatTheStandardLeavesOut() {
		for (char letter : new char[] { 'I', 'O', 'S', 'V', 'Z' }) {
			String code = "91350100M000100Y4" + letter;
			assertThat(Uscc.parse(code).problem()).as("letter %s", letter).isEqualTo(Uscc.Problem.CHARACTER);
		}
	}

	@Test
	void checksTheEmbeddedOrganisationCode() {
		// position 17 altered: the GB 11714 check of positions 9-17 fails first
		Uscc.Result result = Uscc.parse("91350100M000100Y53");
		assertThat(result.problem()).isEqualTo(Uscc.Problem.ORGANISATION_CODE);
		assertThat(result.arguments()).containsExactly("4", "5");
	}

	@Test
	void checksTheCheckCharacterAndSaysWhatItShouldBe() {
		Uscc.Result result = Uscc.parse("91350100M000100Y44");
		assertThat(result.problem()).isEqualTo(Uscc.Problem.CHECK_CHARACTER);
		assertThat(result.arguments()).containsExactly("3", "4");
	}

	@Test
	void ofRefusesAnInvalidCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> Uscc.of("91350100M000100Y44"));
		assertThat(Uscc.of(" 91350100m000100y43 ")).isEqualTo(Uscc.of(KNOWN_VALID));
	}

	@ParameterizedTest
	@ValueSource(strings = { "110101", "110102", "110105", "110108", "110119" })
	void everyGeneratedCodeIsValid(String district) {
		for (int i = 0; i < 200; i++) {
			assertThat(Uscc.parse(UsccFixtures.random(district)).valid()).isTrue();
		}
	}

	/** Every position × every shift of the alphabet, each on a fresh random code. */
	static Stream<Arguments> positionsAndShifts() {
		return IntStream.rangeClosed(0, 17)
			.boxed()
			.flatMap(position -> IntStream.rangeClosed(1, 30).mapToObj(shift -> Arguments.of(position, shift)));
	}

	@ParameterizedTest
	@MethodSource("positionsAndShifts")
	void changingAnyOneCharacterOfAValidCodeIsDetected(int position, int shift) {
		String valid = UsccFixtures.random("110102");
		char original = valid.charAt(position);
		char replaced = Uscc.ALPHABET.charAt((Uscc.ALPHABET.indexOf(original) + shift) % Uscc.ALPHABET.length());
		String altered = valid.substring(0, position) + replaced + valid.substring(position + 1);
		assertThat(Uscc.parse(altered).valid()).isFalse();
	}
}
