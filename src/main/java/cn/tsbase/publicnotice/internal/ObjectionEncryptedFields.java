package cn.tsbase.publicnotice.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.crypto.EncryptedColumns;

/** The objection columns stored encrypted ({@code EncryptedText}): the objector's ID number, phone and e-mail. */
@Configuration(proxyBeanMethods = false)
class ObjectionEncryptedFields {

	@Bean
	EncryptedColumns objectionEncryptedColumns() {
		return EncryptedColumns.of("objection", "objector_id_number", "phone", "email");
	}
}
