package cn.tsbase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

	@Test
	void aValidIdNumberIsNormalisedAndAWrongCheckRefused() {
		String valid = IdCardNumber.withCheck("11010219800101001");
		assertThat(IdCardNumber.parse(" " + valid.toLowerCase() + " ")).isEqualTo(valid);
		char wrong = valid.charAt(17) == '0' ? '1' : '0';
		assertThat(IdCardNumber.parse(valid.substring(0, 17) + wrong)).isNull();
		assertThat(IdCardNumber.parse("11010219801301001X")).isNull();
		assertThat(IdCardNumber.parse("123")).isNull();
	}

	@Test
	void personalDataIsMaskedInTheMiddle() {
		assertThat(Masking.idNumber("110102198001010012")).isEqualTo("110102********0012");
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.name("张三丰")).isEqualTo("张**");
		assertThat(Masking.phone("123")).isEqualTo("***");
		assertThat(Masking.phone(null)).isNull();
	}
}
