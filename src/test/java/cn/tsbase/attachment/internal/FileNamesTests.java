package cn.tsbase.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;


class FileNamesTests {

	@Test
	void keepsChineseNames() {
		assertThat(FileNames.sanitise("商业秘密管理制度.pdf")).contains("商业秘密管理制度.pdf");
		assertThat(FileNames.sanitise("2026年 保密协议（修订稿）v2.docx")).contains("2026年 保密协议（修订稿）v2.docx");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"../../etc/passwd|passwd", //
			"..\\..\\windows\\win.ini|win.ini", //
			"C:\\Users\\张三\\Desktop\\报告.docx|报告.docx", //
			"/var/www/html/shell.jpg|shell.jpg", //
			"C:报告.pdf|C_报告.pdf", //
			".htaccess.png|htaccess.png", //
			"report.pdf...   |report.pdf", //
	})
	void dropsDirectoriesAndCharactersFileSystemsReserve(String original, String expected) {
		assertThat(FileNames.sanitise(original)).contains(expected);
	}

	@Test
	void replacesReservedCharactersLeftInTheName() {
		assertThat(FileNames.sanitise("a:b*c?d\"e<f>g.pdf")).contains("a_b_c_d_e_f_g.pdf");
	}

	@Test
	void removesControlCharactersIncludingCrLfAndDirectionOverrides() {
		assertThat(FileNames.sanitise("报告\r\nSet-Cookie: x=1.pdf")).contains("报告Set-Cookie_ x=1.pdf");
		assertThat(FileNames.sanitise("a\u0000b\tc\u007f.pdf")).contains("abc.pdf");
		// "invoice‮fdp.exe" would display as "invoiceexe.pdf"
		assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).contains("invoicefdp.exe");
		assertThat(FileNames.sanitise("a\u2028b\u200Bc.pdf")).contains("abc.pdf");
	}

	@Test
	void limitsVeryLongNamesAndKeepsTheExtension() {
		String sanitised = FileNames.sanitise("长".repeat(500) + ".pdf").orElseThrow();

		assertThat(sanitised).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf").startsWith("长长长");
	}

	@Test
	void neverCutsASurrogatePair() {
		String sanitised = FileNames.sanitise("😀".repeat(300) + ".png").orElseThrow();

		assertThat(sanitised.codePointCount(0, sanitised.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(sanitised).endsWith(".png");
		assertThat(sanitised.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
		assertThat(Character.isHighSurrogate(sanitised.charAt(sanitised.length() - 5))).isFalse();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "..", "../", "..\\..\\", "\r\n", "...", "C:\\dir\\" })
	void leavesNothingOfNamesWithoutAName(String original) {
		assertThat(FileNames.sanitise(original)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "报告.PDF,pdf", "a.tar.gz,gz", "noextension,''", "trailingdot.,''", "photo.JPeG,jpeg" })
	void extensionIsTheLowerCaseLastPart(String name, String extension) {
		assertThat(FileNames.extension(name)).isEqualTo(extension);
	}

	/** Code points a hostile or careless name is made of: controls, separators, dots, spaces, surrogates, CJK. */
	private static final int[] AWKWARD = { 0, '\r', '\n', '\t', 0x7f, 0x85, '/', '\\', ':', '"', '.', ' ', '\u3000',
			'<', '>', '|', '*', '?', 0x202e, 0xfeff, 0xd800, 0xdc00, 0x1f600, '商', '密', 'a', 'Z', '0', '-', '_' };

	static LongStream seeds() {
		return LongStream.range(0, 2000);
	}

	/** A random string of up to 300 UTF-16 units: any code point, the awkward ones often, lone surrogates too. */
	static String randomName(long seed) {
		Random random = new Random(seed);
		int length = random.nextInt(seed % 10 == 0 ? 300 : 40);
		StringBuilder name = new StringBuilder();
		while (name.length() < length) {
			int pick = random.nextInt(4);
			if (pick == 0) {
				name.appendCodePoint(AWKWARD[random.nextInt(AWKWARD.length)]);
			}
			else if (pick == 1) {
				name.append((char) random.nextInt(0x10000));
			}
			else if (pick == 2) {
				name.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
			}
			else {
				name.append((char) (0x20 + random.nextInt(0x5f)));
			}
		}
		return name.toString();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void whateverComesInWhatGoesOutIsSafe(long seed) {
		String original = randomName(seed);
		Optional<String> sanitised = FileNames.sanitise(original);

		sanitised.ifPresent(name -> {
			assertThat(name).isNotBlank().doesNotContain("/", "\\", "\r", "\n", "\u0000", ":", "\"");
			assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
			assertThat(name).doesNotStartWith(".").doesNotStartWith(" ").doesNotEndWith(".").doesNotEndWith(" ");
			assertThat(name.codePoints().noneMatch(Character::isISOControl)).isTrue();
			assertThat(name.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
				.isEqualTo(name.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
		});
	}
}
