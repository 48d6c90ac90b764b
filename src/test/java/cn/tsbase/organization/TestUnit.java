package cn.tsbase.organization;

import java.time.Instant;

import cn.tsbase.organization.internal.Unit;

/** A registered unit as tests of other modules see it, without the organization module's entity. */
public final class TestUnit {

	private final Long id;
	private final String name;
	private final String uscc;
	private final String districtCode;
	private final String contactPerson;
	private final Instant registeredAt;
	private final long version;

	private TestUnit(Unit unit) {
		this.id = unit.getId();
		this.name = unit.getName();
		this.uscc = unit.getUscc();
		this.districtCode = unit.getDistrictCode();
		this.contactPerson = unit.getContactPerson();
		this.registeredAt = unit.getRegisteredAt();
		this.version = unit.getVersion();
	}

	static TestUnit of(Unit unit) {
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
