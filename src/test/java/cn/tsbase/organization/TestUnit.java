package cn.tsbase.organization;

import java.time.Instant;


/** A registered unit as tests of other modules see it, without the organization module's entity. */
public final class TestUnit {

	private final Long id;
	private final String name;
	private final String uscc;
	private final String districtCode;
	private final String contactPerson;
	private final Instant registeredAt;
	private final long version;

	private TestUnit(UnitView unit) {
		this.id = unit.id();
		this.name = unit.name();
		this.uscc = unit.uscc();
		this.districtCode = unit.districtCode();
		this.contactPerson = unit.contactPerson();
		this.registeredAt = unit.registeredAt();
		this.version = unit.version();
	}

	static TestUnit of(UnitView unit) {
		return new TestUnit(unit);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getUscc() {
		return uscc;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public long getVersion() {
		return version;
	}
}
