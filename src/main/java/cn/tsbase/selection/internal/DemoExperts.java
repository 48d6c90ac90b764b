package cn.tsbase.selection.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.Recipient;
import cn.tsbase.shared.security.Role;

/**
 * The demo expert pool: the demo expert accounts (README) with affiliations and fields, enough for a review round
 * of five experts per declaration; one of them works for a demo unit, so the conflict check has something to find.
 * Demo profile only, and only into an empty pool.
 */
@Component
@Profile("demo & !prod")
@Order(4)
class DemoExperts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);

	private record DemoExpert(String username, ExpertDetails details) {
	}

	private static final List<DemoExpert> EXPERTS = List.of(
			new DemoExpert("expert1", new ExpertDetails("张教授", "教授", "中国人民大学法学院", null, "expert1@ruc.example.edu.cn",
					"13900000001", Set.of("LEGAL", "SOFTWARE_IT"), true)),
			new DemoExpert("expert2", new ExpertDetails("王研究员", "研究员", "中国科学院科技战略咨询研究院", null,
					"expert2@casisd.example.cn", "13900000002", Set.of("TECHNICAL", "TECH_SERVICES"), true)),
			new DemoExpert("expert3", new ExpertDetails("李律师", "律师", "北京市金诚律师事务所", null, "expert3@jclaw.example.com",
					"13900000003", Set.of("LEGAL", "MANAGEMENT"), true)),
			new DemoExpert("expert4", new ExpertDetails("赵高工", "正高级工程师", "北京中关村芯云科技有限公司", "91110108MA0B2C3D6X",
					"expert4@xinyun.example.com", "13900000004", Set.of("TECHNICAL", "ADVANCED_MANUFACTURING"), true)),
			new DemoExpert("expert5", new ExpertDetails("孙教授", "教授", "北京理工大学管理学院", null, "expert5@bit.example.edu.cn",
					"13900000005", Set.of("MANAGEMENT", "ADVANCED_MANUFACTURING"), true)),
			new DemoExpert("expert6", new ExpertDetails("周主任", "高级经济师", "北京市知识产权保护中心", null,
					"expert6@bjippc.example.cn", "13900000006", Set.of("MANAGEMENT", "SOFTWARE_IT", "OTHER"), true)));

	private final ExpertRepository experts;
	private final AccountManagement accounts;
	private final Clock clock;

	DemoExperts(ExpertRepository experts, AccountManagement accounts, Clock clock) {
		this.experts = experts;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (experts.count() > 0) {
			return;
		}
		Map<String, Recipient> expertAccounts = accounts.holdersOf(Role.EXPERT, null)
			.stream()
			.collect(Collectors.toMap(Recipient::username, Function.identity()));
		for (DemoExpert demo : EXPERTS) {
			Recipient account = expertAccounts.get(demo.username());
			if (account != null) {
				experts.save(new Expert(ExpertService.normalise(demo.details()), account.accountId(), demo.username(),
						clock.instant()));
			}
		}
		log.info("Demo expert pool: {} experts", experts.count());
	}
}
