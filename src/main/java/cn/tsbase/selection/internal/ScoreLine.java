package cn.tsbase.selection.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an expert's score: a criterion's score, or a veto item's outcome, with the expert's comment. */
@Embeddable
public class ScoreLine {

	@Column(precision = 7, scale = 2)
	private BigDecimal score;

	@Column(name = "veto_failed")
	private Boolean vetoFailed;

	@Column(name = "comment")
	private String comment;

	protected ScoreLine() {
	}

	ScoreLine(BigDecimal score, Boolean vetoFailed, String comment) {
		this.score = score;
		this.vetoFailed = vetoFailed;
		this.comment = comment;
	}

	public BigDecimal getScore() {
		return score;
	}

	public Boolean getVetoFailed() {
		return vetoFailed;
	}

	public String getComment() {
		return comment;
	}
}
