package cn.tsbase.selection;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.tsbase.UnitFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationFixtures;
import cn.tsbase.declaration.internal.Call;
import cn.tsbase.declaration.internal.Declaration;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.NewCall;
import cn.tsbase.districtreview.internal.DistrictReview;
import cn.tsbase.districtreview.internal.DistrictReviewService;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Declarations carried through the district stage for tests of the municipal selection. */
@Component
public class SelectionFixtures {

	private final DeclarationService declarations;
	private final DistrictReviewService reviews;
	private final UnitFixtures units;

	SelectionFixtures(DeclarationService declarations, DistrictReviewService reviews, UnitFixtures units) {
		this.declarations = declarations;
		this.reviews = reviews;
		this.units = units;
	}

	public static CurrentUser officer(Role role, String district) {
		return new CurrentUser(0L, role.name().toLowerCase() + "-" + district, null, "officer", EnumSet.of(role),
				district, null, true, true, false);
	}

	public static CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "unit", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	/** An open call of the district (a null district: the municipal bureau's call for every district). */
	public Call call(String district, int year) {
		Instant now = Instant.now();
		CurrentUser publisher = district == null ? officer(Role.MUNICIPAL_OFFICER, null)
				: officer(Role.DISTRICT_OFFICER, district);
		return declarations.createCall(new NewCall("评选测试" + UUID.randomUUID().toString().substring(0, 6), year,
				EnumSet.allOf(BaseType.class), "要求", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 1, 0),
				publisher);
	}

	/** A complete declaration of the unit, submitted. */
	public Declaration submitted(Call call, UnitFixtures.RegisteredUnit unit, BaseType type) {
		CurrentUser user = unitUser(unit);
		Declaration draft = declarations.start(call.getId(), type, user);
		Declaration complete = declarations.saveDraft(draft.getId(), draft.getVersion(),
				c -> DeclarationFixtures.complete(c, type), user);
		return declarations.submit(complete.getId(), complete.getVersion(), UUID.randomUUID().toString(), "张三",
				LocalDate.now(), user);
	}

	/** Scores and recommends the declaration, then finalises the district's list for its call. */
	public void recommendAndFinalise(Call call, String district, Declaration... submitted) {
		CurrentUser officer = officer(Role.DISTRICT_OFFICER, district);
		for (Declaration declaration : submitted) {
			Map<Integer, BigDecimal> scores = new HashMap<>();
			for (int i = 1; i <= 17; i++) {
				scores.put(i, BigDecimal.valueOf(i <= 5 ? 6 : 4));
			}
			reviews.score(declaration.getId(), null, scores, "意见", officer);
			DistrictReview review = reviews.review(declaration.getId()).orElseThrow();
			reviews.decide(declaration.getId(), declarations.get(declaration.getId(), officer.scope()).getVersion(),
					review.getVersion(), DistrictReview.Decision.RECOMMEND, "推荐", officer);
		}
		reviews.finalizeList(call.getId(), officer);
	}
}
