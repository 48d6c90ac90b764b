package cn.tsbase.districtreview.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.districtreview.RecommendationView;

/** A district's recommendation list for a call, locked when finalised: what the 推荐函 lists. */
@Entity
@Immutable
@Table(name = "recommendation")
class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false)
	private Long callId;

	@Column(name = "district_code", nullable = false)
	private String districtCode;

	@Column(name = "finalized_by", nullable = false)
	private String finalizedBy;

	@Column(name = "finalized_at", nullable = false)
	private Instant finalizedAt;

	/** Why the list falls short of the call's quota; only (and always) for a list below the quota. */
	@Column(name = "quota_explanation")
	private String quotaExplanation;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "recommendation_entry", joinColumns = @JoinColumn(name = "recommendation_id"))
	@OrderColumn(name = "position")
	private List<Entry> entries = new ArrayList<>();

	/** One recommended declaration as it stood when the list was locked. */
	@Embeddable
	static class Entry {

		@Column(name = "declaration_id", nullable = false)
		private Long declarationId;

		@Column(name = "unit_name", nullable = false)
		private String unitName;

		@Enumerated(EnumType.STRING)
		@JdbcTypeCode(SqlTypes.VARCHAR)
		@Column(name = "base_type", nullable = false)
		private BaseType baseType;

		@Column(name = "industry_code")
		private String industryCode;

		@Column(name = "total_score", precision = 7, scale = 2)
		private BigDecimal totalScore;

		protected Entry() {
		}

		Entry(long declarationId, String unitName, BaseType baseType, String industryCode, BigDecimal totalScore) {
			this.declarationId = declarationId;
			this.unitName = unitName;
			this.baseType = baseType;
			this.industryCode = industryCode;
			this.totalScore = totalScore;
		}

		public Long getDeclarationId() {
			return declarationId;
		}

		public String getUnitName() {
			return unitName;
		}

		public BaseType getBaseType() {
			return baseType;
		}

		public String getIndustryCode() {
			return industryCode;
		}

		public BigDecimal getTotalScore() {
			return totalScore;
		}

		RecommendationView.Entry view() {
			return new RecommendationView.Entry(declarationId, unitName, baseType, industryCode, totalScore);
		}

		static Entry of(RecommendationView.Entry entry) {
			return new Entry(entry.declarationId(), entry.unitName(), entry.baseType(), entry.industryCode(),
					entry.totalScore());
		}
	}

	protected Recommendation() {
	}

	Recommendation(long callId, String districtCode, String finalizedBy, Instant finalizedAt, List<Entry> entries,
			String quotaExplanation) {
		this.callId = callId;
		this.districtCode = districtCode;
		this.finalizedBy = finalizedBy;
		this.finalizedAt = finalizedAt;
		this.entries.addAll(entries);
		this.quotaExplanation = quotaExplanation;
	}

	public Long getId() {
		return id;
	}

	public Long getCallId() {
		return callId;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getFinalizedBy() {
		return finalizedBy;
	}

	public Instant getFinalizedAt() {
		return finalizedAt;
	}

	/** How many entries are of the type. */
	public long count(BaseType type) {
		return entries.stream().filter(e -> e.getBaseType() == type).count();
	}

	public String getQuotaExplanation() {
		return quotaExplanation;
	}

	public List<Entry> getEntries() {
		return entries;
	}

	RecommendationView view() {
		return new RecommendationView(id, callId, districtCode, finalizedBy, finalizedAt, quotaExplanation,
				entries.stream().map(Entry::view).toList());
	}
}
