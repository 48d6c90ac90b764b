package cn.tsbase.organization;

import java.math.BigDecimal;

import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.UsccFixtures;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.Registration;
import cn.tsbase.organization.internal.UnitDetails;
import cn.tsbase.shared.security.DataScope;

/**
 * Registered units for tests, each with a unique code and its applicant account (password {@link #PASSWORD}). The
 * organization module's public test fixture: other modules' tests use it instead of the module's internals.
 */
@TestComponent
public class UnitFixtures {

	public static final String PASSWORD = AccountFixtures.PASSWORD;
	private static final DataScope EVERYTHING = new DataScope(DataScope.Kind.ALL, null, null);

	private final OrganizationService organization;

	UnitFixtures(OrganizationService organization) {
		this.organization = organization;
	}

	public record RegisteredUnit(TestUnit unit, String username) {
	}

	public RegisteredUnit register(String name, String districtCode) {
		String username = AccountFixtures.uniqueUsername("u");
		TestUnit unit = TestUnit.of(organization.register(new Registration(UsccFixtures.random(districtCode),
				districtCode, details(name), username, PASSWORD)));
		return new RegisteredUnit(unit, username);
	}

	/** Registers a unit with the code, contact and applicant account given; the rest of the profile is made up. */
	public TestUnit register(String uscc, String districtCode, String name, String contactPerson, String contactEmail,
			String username, String password) {
		return TestUnit.of(organization.register(new Registration(uscc, districtCode,
				new UnitDetails(name, "ENTERPRISE", "SOFTWARE_IT", "北京市某区某街 1 号", "100000", "赵刚", 50,
						new BigDecimal("1000"), contactPerson, "法务专员", "13900139000", contactEmail),
				username, password)));
	}

	/** The unit as stored now. */
	public TestUnit get(long unitId) {
		return TestUnit.of(organization.get(unitId, EVERYTHING));
	}

	/** The organization module's own tests get the unit as its pages show it. */
	UnitView view(RegisteredUnit registered) {
		return organization.get(registered.unit().getId(), EVERYTHING);
	}

	static UnitDetails details(String name) {
		return new UnitDetails(name, "ENTERPRISE", "SOFTWARE_IT", "北京市西城区测试路 1 号", "100032", "测试法人", 120,
				new BigDecimal("3000.50"), "测试联系人", "法务经理", "13900000000", "contact@example.com");
	}
}
