package cn.tsbase.organization.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.crypto.EncryptedColumns;

/**
 * The unit columns stored encrypted ({@code EncryptedText}): the contact's mobile and e-mail, and every value of a
 * profile change.
 */
@Configuration(proxyBeanMethods = false)
class UnitEncryptedFields {

	@Bean
	EncryptedColumns unitEncryptedColumns() {
		return EncryptedColumns.of("unit", "contact_mobile", "contact_email");
	}

	@Bean
	EncryptedColumns unitRevisionChangeEncryptedColumns() {
		return new EncryptedColumns("unit_revision_change", List.of("revision_id", "position"),
				List.of("old_value", "new_value"));
	}
}
