package cn.tsbase.selection.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.crypto.EncryptedColumns;

/** The expert columns stored encrypted ({@code EncryptedText}): e-mail and phone. */
@Configuration(proxyBeanMethods = false)
class ExpertEncryptedFields {

	@Bean
	EncryptedColumns expertEncryptedColumns() {
		return EncryptedColumns.of("expert", "email", "phone");
	}
}
