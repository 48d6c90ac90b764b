package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the web layer hands over per indicator, turned into the aggregate's inputs. */
public final class SelfAndDistrictInputs {

	private SelfAndDistrictInputs() {
	}

	/** A self-evaluation's answer: its text, its score, and the base's note where it disagrees with the figure. */
	public record Self(String text, BigDecimal score, String figureComment) {

		public Self(String text, BigDecimal score) {
			this(text, score, null);
		}
	}

	public record District(BigDecimal score, String comment, boolean vetoFailed) {
	}

	static Map<String, Evaluation.SelfInput> selfInputs(Map<String, Self> inputs) {
		Map<String, Evaluation.SelfInput> result = new LinkedHashMap<>();
		inputs.forEach((code, in) -> result.put(code, new Evaluation.SelfInput(in.text(), in.score(), in.figureComment())));
		return result;
	}

	static Map<String, Evaluation.DistrictInput> districtInputs(Map<String, District> inputs) {
		Map<String, Evaluation.DistrictInput> result = new LinkedHashMap<>();
		inputs.forEach((code, in) -> result.put(code,
				new Evaluation.DistrictInput(in.score(), in.comment(), in.vetoFailed())));
		return result;
	}
}
