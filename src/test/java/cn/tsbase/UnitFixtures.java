package cn.tsbase;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.Registration;
import cn.tsbase.organization.internal.Unit;
import cn.tsbase.organization.internal.UnitDetails;

/** Registered units for tests, each with a unique code and its applicant account (password {@link #PASSWORD}). */
@Component
public class UnitFixtures {

	public static final String PASSWORD = AccountFixtures.PASSWORD;

	private final OrganizationService organization;

	UnitFixtures(OrganizationService organization) {
		this.organization = organization;
	}

	public record RegisteredUnit(Unit unit, String username) {
	}

	public RegisteredUnit register(String name, String districtCode) {
		String username = AccountFixtures.uniqueUsername("u");
		Unit unit = organization.register(new Registration(UsccFixtures.random(districtCode), districtCode,
				details(name), username, PASSWORD));
		return new RegisteredUnit(unit, username);
	}

	public static UnitDetails details(String name) {
		return new UnitDetails(name, "ENTERPRISE", "SOFTWARE_IT", "北京市西城区测试路 1 号", "100032", "测试法人", 120,
				new BigDecimal("3000.50"), "测试联系人", "法务经理", "13900000000", "contact@example.com");
	}
}
