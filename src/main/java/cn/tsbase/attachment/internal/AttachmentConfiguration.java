package cn.tsbase.attachment.internal;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.tsbase.shared.audit.AuditLog;

/** Wires the attachment service from {@code tsbase.attachments.*}; refuses to start on a bad key or type list. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfiguration {

	@Bean
	AttachmentService attachmentService(AttachmentRepository repository, AttachmentProperties properties,
			@Value("${tsbase.attachments.master-key:}") String masterKey, AuditLog auditLog,
			PlatformTransactionManager transactionManager, Clock clock) {
		AttachmentCipher cipher = new AttachmentCipher(MasterKey.parse(masterKey), new SecureRandom());
		AttachmentFileStore files = new AttachmentFileStore(properties.dir());
		ContentInspector contents = new ContentInspector(properties.allowedExtensions());
		ArchiveInspector archives = new ArchiveInspector(properties.maxArchiveEntries(),
				properties.maxArchiveUncompressedSize().toBytes());
		return new AttachmentService(repository, files, cipher, contents, archives, properties, auditLog,
				transactionManager, clock);
	}
}
