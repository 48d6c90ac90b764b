package cn.tsbase.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.shared.crypto.FieldEncryption;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * The district queue's export reads by keyset: a declaration submitted while the export runs, sorting before the rows
 * already written, neither repeats a row nor makes one be skipped, where the next offset page would repeat one.
 */
@IntegrationTest
class QueueKeysetTests {

	@Autowired
	DeclarationService declarations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldEncryption encryption;

	void submitted(long call, String unitName, Instant at) {
		jdbc.update("insert into declaration (call_id, unit_id, district_code, base_type, status, unit_name, "
				+ "content_json, submitted_version, submitted_at, created_at, updated_at, version) "
				+ "values (?, ?, '110102', 'POINT', 'SUBMITTED', ?, ?, 1, ?, ?, ?, 0)", call,
				ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L), unitName, encryption.encrypt("{}"),
				Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
	}

	@Test
	void aDeclarationSubmittedBetweenTwoBatchesShiftsNoRow() {
		CurrentUser officer = new CurrentUser(0L, "officer-110102", null, "区局", EnumSet.of(Role.DISTRICT_OFFICER),
				"110102", null, true, true, false);
		Instant now = Instant.now();
		CallView call = declarations.createCall(new NewCall("键集读取通知", 2026, EnumSet.allOf(BaseType.class), "<p>要求</p>",
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 3, 1), officer);
		submitted(call.id(), "第一家", now.minus(Duration.ofHours(3)));
		submitted(call.id(), "第二家", now.minus(Duration.ofHours(2)));
		submitted(call.id(), "第三家", now.minus(Duration.ofHours(1)));
		QueueFilter filter = new QueueFilter(call.id(), null, null, null, null);
		DataScope scope = new DataScope(DataScope.Kind.DISTRICT, "110102", null);
		Sort newestFirst = Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by("id"));

		Window<DeclarationSummary> first = declarations.queueAfter(filter, scope, newestFirst, ScrollPosition.keyset(),
				2);
		assertThat(first.getContent()).extracting(DeclarationSummary::unitName).containsExactly("第三家", "第二家");

		// meanwhile another declaration is submitted: the newest, so first in the sort
		submitted(call.id(), "第四家", now);

		Window<DeclarationSummary> next = declarations.queueAfter(filter, scope, newestFirst,
				first.positionAt(first.size() - 1), 2);
		assertThat(next.getContent()).extracting(DeclarationSummary::unitName).containsExactly("第一家");
		assertThat(next.hasNext()).isFalse();
		// the next offset page would have written 第二家 again
		assertThat(declarations.queue(filter, scope, PageRequest.of(1, 2, newestFirst)).getContent())
			.extracting(DeclarationSummary::unitName)
			.first()
			.isEqualTo("第二家");
	}
}
