package cn.tsbase.casework.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tsbase.shared.crypto.EncryptedColumns;

/**
 * The casework columns stored encrypted ({@code EncryptedText}): an incident's description, loss estimate, actions,
 * the district's measures and the outcome; a case's full version, the names it masks and the values masked.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkEncryptedFields {

	@Bean
	EncryptedColumns leakIncidentEncryptedColumns() {
		return EncryptedColumns.of("leak_incident", "description", "estimated_loss", "actions_taken",
				"response_measures", "outcome");
	}

	@Bean
	EncryptedColumns typicalCaseEncryptedColumns() {
		return EncryptedColumns.of("typical_case", "rights_holder", "persons", "title", "facts", "handling",
				"significance", "masked_values");
	}
}
