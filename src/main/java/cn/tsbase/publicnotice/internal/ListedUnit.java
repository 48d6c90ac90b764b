package cn.tsbase.publicnotice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.NoticeView;

/** A unit on a proposed list or notice: what the public sees of it, and what identifies it internally. */
@Embeddable
public class ListedUnit {

	@Column(name = "declaration_id", nullable = false)
	private Long declarationId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(nullable = false)
	private String uscc;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "base_type", nullable = false)
	private BaseType baseType;

	@Column(name = "district_code", nullable = false)
	private String districtCode;

	@Column(name = "industry_code")
	private String industryCode;

	protected ListedUnit() {
	}

	ListedUnit(long declarationId, long unitId, String unitName, String uscc, BaseType baseType, String districtCode,
			String industryCode) {
		this.declarationId = declarationId;
		this.unitId = unitId;
		this.unitName = unitName;
		this.uscc = uscc;
		this.baseType = baseType;
		this.districtCode = districtCode;
		this.industryCode = industryCode;
	}

	ListedUnit copy() {
		return new ListedUnit(declarationId, unitId, unitName, uscc, baseType, districtCode, industryCode);
	}

	public Long getDeclarationId() {
		return declarationId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getUscc() {
		return uscc;
	}

	public BaseType getBaseType() {
		return baseType;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	/** The unit as pages and the JSON API show it. */
	public NoticeView.ListedUnitView view() {
		return new NoticeView.ListedUnitView(declarationId, unitId, unitName, uscc, baseType, districtCode,
				industryCode);
	}
}
