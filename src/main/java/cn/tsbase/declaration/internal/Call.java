package cn.tsbase.declaration.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.CallView;

/**
 * A call for applications (申报通知): a district's (or, without a district, the municipal bureau's for every
 * district), open for submissions between its opening and closing time, with the district's recommendation quotas.
 */
@Entity
@Table(name = "declaration_call")
class Call {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "district_code")
	private String districtCode;

	@Column(nullable = false)
	private String title;

	@Column(name = "call_year", nullable = false)
	private int year;

	// a list of calls loads their base types together, not one statement per call
	@BatchSize(size = 100)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "declaration_call_base_type", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "base_type", nullable = false)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Set<BaseType> baseTypes = EnumSet.noneOf(BaseType.class);

	@Column(name = "requirements_html", nullable = false)
	private String requirementsHtml;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "closes_at", nullable = false)
	private Instant closesAt;

	@Column(name = "quota_points", nullable = false)
	private int quotaPoints;

	@Column(name = "quota_zones", nullable = false)
	private int quotaZones;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Call() {
	}

	Call(String districtCode, String title, int year, Set<BaseType> baseTypes, String requirementsHtml,
			Instant opensAt, Instant closesAt, int quotaPoints, int quotaZones, String createdBy, Instant now) {
		if (!closesAt.isAfter(opensAt)) {
			throw new IllegalArgumentException("A call must close after it opens");
		}
		this.districtCode = districtCode;
		this.title = title;
		this.year = year;
		this.baseTypes.addAll(baseTypes);
		this.requirementsHtml = requirementsHtml;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.quotaPoints = quotaPoints;
		this.quotaZones = quotaZones;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Whether the call takes submissions at this moment (server time). */
	public boolean isOpen(Instant now) {
		return !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/** Whether units of the district may answer this call. */
	public boolean covers(String district) {
		return districtCode == null || districtCode.equals(district);
	}

	public boolean isMunicipal() {
		return districtCode == null;
	}

	public Long getId() {
		return id;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getTitle() {
		return title;
	}

	public int getYear() {
		return year;
	}

	public Set<BaseType> getBaseTypes() {
		return baseTypes.isEmpty() ? EnumSet.noneOf(BaseType.class) : EnumSet.copyOf(baseTypes);
	}

	public String getRequirementsHtml() {
		return requirementsHtml;
	}

	public Instant getOpensAt() {
		return opensAt;
	}

	public Instant getClosesAt() {
		return closesAt;
	}

	public int getQuotaPoints() {
		return quotaPoints;
	}

	public int getQuotaZones() {
		return quotaZones;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

	/** The call as pages and the JSON API show it: the one mapping that leaves the module. */
	CallView view() {
		return new CallView(id, districtCode, title, year, getBaseTypes(), requirementsHtml, opensAt, closesAt,
				quotaPoints, quotaZones, createdBy, version);
	}
}
