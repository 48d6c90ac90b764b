package cn.tsbase.operation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.crypto.EncryptedColumns;

/** The base profile columns stored encrypted ({@code EncryptedText}): the liaison officer's phone and e-mail. */
@Configuration(proxyBeanMethods = false)
class BaseProfileEncryptedFields {

	@Bean
	EncryptedColumns baseProfileEncryptedColumns() {
		return EncryptedColumns.of("base_profile", "liaison_phone", "liaison_email", "pending_liaison_phone",
				"pending_liaison_email");
	}
}
