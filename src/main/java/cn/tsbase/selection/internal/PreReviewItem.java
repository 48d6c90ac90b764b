package cn.tsbase.selection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.tsbase.selection.PreReviewItemView;

/** An item of the written pre-review checklist; a failed veto item (基本项) fails the declaration outright. */
@Entity
@Table(name = "pre_review_item")
class PreReviewItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private boolean veto;

	@Column(nullable = false)
	private boolean active;

	protected PreReviewItem() {
	}

	PreReviewItem(int position, String name, boolean veto) {
		this.position = position;
		this.name = name;
		this.veto = veto;
		this.active = true;
	}

	void deactivate() {
		this.active = false;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public boolean isVeto() {
		return veto;
	}

	public boolean isActive() {
		return active;
	}

	/** What pages and the JSON API see of it. */
	PreReviewItemView view() {
		return new PreReviewItemView(id, position, name, veto, active);
	}
}
