package cn.tsbase.publicnotice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.tsbase.publicnotice.ProposedListView;

/** A proposed list as the selection decided it, waiting to be noticed. */
@Entity
@Immutable
@Table(name = "proposed_list")
class ProposedList {

	@Id
	private Long id;

	@Column(name = "list_year", nullable = false)
	private int year;

	@Column(name = "decided_by", nullable = false)
	private String decidedBy;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "proposed_list_entry", joinColumns = @JoinColumn(name = "list_id"))
	@OrderColumn(name = "position")
	private List<ListedUnit> units = new ArrayList<>();

	protected ProposedList() {
	}

	ProposedList(long id, int year, String decidedBy, Instant decidedAt, List<ListedUnit> units) {
		this.id = id;
		this.year = year;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.units.addAll(units);
	}

	public Long getId() {
		return id;
	}

	public int getYear() {
		return year;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public List<ListedUnit> getUnits() {
		return units;
	}

	/** The list as pages and the JSON API show it. */
	ProposedListView view() {
		return new ProposedListView(id, year, decidedAt, units.stream().map(ListedUnit::view).toList());
	}
}
