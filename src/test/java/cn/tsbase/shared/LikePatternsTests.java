package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTests {

	@Test
	void wildcardsAndTheEscapeCharacterAreEscaped() {
		assertThat(LikePatterns.escape("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
	}

	@Test
	void aContainingPatternIsTrimmedLowerCasedAndEscaped() {
		assertThat(LikePatterns.containing("  ABC_%\\ ")).isEqualTo("%abc\\_\\%\\\\%");
	}

	@Test
	void blankTextMeansNoFilter() {
		assertThat(LikePatterns.containing(null)).isNull();
		assertThat(LikePatterns.containing("   ")).isNull();
	}

	@Test
	void textWithoutSpecialCharactersIsKeptAsItIs() {
		assertThat(LikePatterns.containing("北京数据")).isEqualTo("%北京数据%");
	}
}
