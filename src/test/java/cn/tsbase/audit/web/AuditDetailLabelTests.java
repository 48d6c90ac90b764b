package cn.tsbase.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The audit page's 详情 reads in the reader's language: phrases first, then words, numbers and names kept. */
class AuditDetailLabelTests {

	private final AuditLabels labels = new AuditLabels(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aDetailReadsInChineseWithItsValuesKept() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(labels.detail("not in scope or unknown")).isEqualTo("不在查看范围内或不存在");
		assertThat(labels.detail("more than 20000 rows")).isEqualTo("超过 20000 行");
		assertThat(labels.detail("attachment 42")).isEqualTo("附件 42");
		assertThat(labels.detail("objection 7 (another party's file), download 3"))
			.isEqualTo("异议 7 (他方文件), 下载编号 3");
		assertThat(labels.detail("until 2026-12-31")).isEqualTo("期限至 2026-12-31");
		assertThat(labels.detail("西城区: 12 rows")).isEqualTo("西城区: 12 行");
		assertThat(labels.detail(null)).isEmpty();
	}

	@Test
	void inEnglishTheDetailStaysAsRecorded() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(labels.detail("not in scope or unknown")).isEqualTo("not in scope or unknown");
		assertThat(labels.detail("more than 20000 rows")).isEqualTo("more than 20000 rows");
		assertThat(labels.detail("objection 7 (another party's file), download 3"))
			.isEqualTo("objection 7 (another party's file), download 3");
	}
}
