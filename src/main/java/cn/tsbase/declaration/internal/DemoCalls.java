package cn.tsbase.declaration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.RichText;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** A demo call of 西城区, open for the current year, so the demo units can apply. Demo profile only. */
@Component
@Profile("demo & !prod")
@Order(3)
class DemoCalls implements ApplicationRunner {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final DeclarationService declarations;
	private final CallRepository calls;
	private final Clock clock;

	DemoCalls(DeclarationService declarations, CallRepository calls, Clock clock) {
		this.declarations = declarations;
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!calls.findForDistrict("110102").isEmpty()) {
			return;
		}
		int year = LocalDate.now(clock.withZone(BEIJING)).getYear();
		CurrentUser officer = new CurrentUser(0L, "xc_officer", null, "西城区市场监管局", EnumSet.of(Role.DISTRICT_OFFICER),
				"110102", null, true, true, false);
		declarations.createCall(new NewCall(year + "年度西城区商业秘密保护示范基地申报通知", year,
				EnumSet.allOf(BaseType.class),
				RichText.sanitize("请有意申报的单位登录本平台在线填写申报表，上传证明材料，签署承诺书后提交。\n\n"
						+ "各区推荐示范点不少于3家、示范区不少于1家。"),
				LocalDate.of(year, 1, 1).atStartOfDay(BEIJING).toInstant(),
				LocalDate.of(year, 12, 31).atTime(17, 0).atZone(BEIJING).toInstant(), 3, 1), officer);
	}
}
