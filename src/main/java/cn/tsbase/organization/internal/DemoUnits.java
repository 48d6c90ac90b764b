package cn.tsbase.organization.internal;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.tsbase.organization.UnitView;
import cn.tsbase.shared.security.Role;

/**
 * A few demo units with their accounts (README). Only in the demo profile, never with the production profile.
 */
@Component
@Profile("demo & !prod")
@Order(1)
class DemoUnits implements ApplicationRunner {

	static final String PASSWORD = "Demo#2026pass";

	private static final Logger log = LoggerFactory.getLogger(DemoUnits.class);

	private record DemoUnit(String uscc, String district, String username, UnitDetails details) {
	}

	private static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("91110102MA01A1B21E", "110102", "xc_unit",
					new UnitDetails("北京金融街智联科技有限公司", "ENTERPRISE", "SOFTWARE_IT", "北京市西城区金融大街 27 号", "100033",
							"周明", 320, new BigDecimal("58000"), "孙丽", "法务部经理", "13800138001",
							"sunli@example.com")),
			new DemoUnit("91110102100000016F", "110102", "xc_unit2",
					new UnitDetails("北京德胜精密制造股份有限公司", "ENTERPRISE", "ADVANCED_MANUFACTURING", "北京市西城区德胜门外大街 11 号",
							"100088", "吴强", 860, new BigDecimal("126000"), "郑华", "保密办主任", "13800138002",
							"zhenghua@example.com")),
			new DemoUnit("91110108MA0B2C3D6X", "110108", "hd_unit",
					new UnitDetails("北京中关村芯云科技有限公司", "ENTERPRISE", "TECH_SERVICES", "北京市海淀区中关村大街 1 号", "100080",
							"钱伟", 150, new BigDecimal("21000"), "冯洁", "知识产权专员", "13800138003",
							"fengjie@example.com")));

	private final OrganizationService organization;
	private final UnitRepository units;

	DemoUnits(OrganizationService organization, UnitRepository units) {
		this.organization = organization;
		this.units = units;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoUnit demo : UNITS) {
			if (units.existsByUscc(demo.uscc())) {
				continue;
			}
			UnitView unit = organization
				.register(new Registration(demo.uscc(), demo.district(), demo.details(), demo.username(), PASSWORD));
			if ("xc_unit".equals(demo.username())) {
				organization.addUnitAccount(unit.id(), "xc_liaison", PASSWORD, "联络员 孙丽", Role.LIAISON);
			}
			log.info("Demo unit registered: {}", demo.details().name());
		}
	}
}
