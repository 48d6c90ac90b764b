package cn.tsbase.referencedata.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceItem;

@Entity
@Table(name = "reference_item")
class ReferenceItemEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, updatable = false)
	private ReferenceCategory category;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active;

	@Version
	private long version;

	protected ReferenceItemEntity() {
	}

	ReferenceItemEntity(ReferenceCategory category, String code, String name, String nameEn, int sortOrder) {
		this.category = category;
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
		this.active = true;
	}

	void update(String name, String nameEn, int sortOrder, boolean active) {
		this.name = name;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
		this.active = active;
	}

	long getVersion() {
		return version;
	}

	ReferenceItem toItem() {
		return new ReferenceItem(id, category, code, name, nameEn, sortOrder, active, version);
	}
}
