package cn.tsbase.guidance.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.crypto.EncryptedColumns;

/** The guidance columns stored encrypted ({@code EncryptedText}): the guidance officer's phone and e-mail. */
@Configuration(proxyBeanMethods = false)
class GuidanceEncryptedFields {

	@Bean
	EncryptedColumns guidanceOfficerEncryptedColumns() {
		return EncryptedColumns.of("guidance_officer", "phone", "email");
	}
}
