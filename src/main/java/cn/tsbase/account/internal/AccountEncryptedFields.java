package cn.tsbase.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.crypto.EncryptedColumns;

/** The account columns stored encrypted ({@code EncryptedText}): e-mail and mobile. */
@Configuration(proxyBeanMethods = false)
class AccountEncryptedFields {

	@Bean
	EncryptedColumns accountEncryptedColumns() {
		return EncryptedColumns.of("user_account", "email", "mobile");
	}
}
