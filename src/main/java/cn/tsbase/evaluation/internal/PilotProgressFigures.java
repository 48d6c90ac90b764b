package cn.tsbase.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The figures a district reports for a half-year of its pilot: trainings held and people trained, firms visited,
 * institutional results (制度性成果) produced and cases handled. Each is zero or more (checked by the form).
 */
@Embeddable
public record PilotProgressFigures(@Column(name = "trainings") int trainings,
		@Column(name = "people_trained") int peopleTrained, @Column(name = "firms_visited") int firmsVisited,
		@Column(name = "institutional_results") int institutionalResults,
		@Column(name = "cases_handled") int casesHandled) {

	public static final PilotProgressFigures NONE = new PilotProgressFigures(0, 0, 0, 0, 0);
}
