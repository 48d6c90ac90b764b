package cn.tsbase.declaration.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.crypto.EncryptedColumns;

/**
 * The declaration columns stored encrypted ({@code EncryptedText}): the form's content (secret points, leak
 * incidents, contacts) as drafted and as submitted in each version.
 */
@Configuration(proxyBeanMethods = false)
class DeclarationEncryptedFields {

	@Bean
	EncryptedColumns declarationEncryptedColumns() {
		return EncryptedColumns.of("declaration", "content_json");
	}

	@Bean
	EncryptedColumns declarationVersionEncryptedColumns() {
		return EncryptedColumns.of("declaration_version", "content_json");
	}
}
