package cn.tsbase.declaration.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.DeclarationStandards;
import cn.tsbase.declaration.DeclaredStandards;

/** {@link DeclarationStandards} from the declaration's last submitted version (a draft is read by nobody here). */
@Service
class DeclaredStandardsReader implements DeclarationStandards {

	private final DeclarationRepository declarations;
	private final DeclarationAsSeen asSeen;

	DeclaredStandardsReader(DeclarationRepository declarations, DeclarationAsSeen asSeen) {
		this.declarations = declarations;
		this.asSeen = asSeen;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeclaredStandards> ofDeclaration(long declarationId) {
		return declarations
			.findOne(DeclarationSpecifications.hasId(declarationId).and(DeclarationSpecifications.submittedOnce()))
			.filter(d -> d.getSubmittedVersion() > 0)
			.map(d -> {
				DeclarationContent.Standards s = asSeen.submittedContent(d.view()).standards();
				return new DeclaredStandards(s.leaderName(), s.leaderTitle(), s.leadershipMembers(),
						s.officeDepartment(), s.officeRoom(), s.fullTimeStaff(), s.partTimeStaff(), s.rules(),
						s.emergencyPlan(), s.liaisonName(), s.liaisonTitle(), s.liaisonPhone());
			});
	}
}
