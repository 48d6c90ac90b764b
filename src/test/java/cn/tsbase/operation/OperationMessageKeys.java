package cn.tsbase.operation;

import java.util.stream.Stream;

import cn.tsbase.operation.internal.ActivityKind;
import cn.tsbase.operation.internal.PlanStatus;
import cn.tsbase.operation.internal.Standard;

/** The message keys the operation module builds from its enumerations, for the bundle test. */
public final class OperationMessageKeys {

	private OperationMessageKeys() {
	}

	public static Stream<String> ofEnumerations() {
		return Stream.of(
				Stream.of(Standard.values())
					.flatMap(s -> Stream.of(s.messageKey(), s.messageKey() + ".hint"))
					.filter(k -> !k.equals("operation.standard.ANNUAL_PLAN.hint")),
				Stream.of(PlanStatus.values()).map(PlanStatus::messageKey),
				Stream.of(ActivityKind.values()).map(ActivityKind::messageKey))
			.flatMap(s -> s);
	}
}
