package cn.tsbase.declaration;

import java.util.List;

/**
 * Who is party to a declaration, as the declaration states it: the declaring unit (name, credit code), its contact
 * e-mail and, for a zone, the member units. What a conflict-of-interest check needs, and nothing else of the content.
 */
public record DeclarationParties(long declarationId, String unitName, String uscc, String contactEmail,
		List<Member> members) {

	public DeclarationParties {
		members = members == null ? List.of() : List.copyOf(members);
	}

	/** A zone's member unit (成员单位): its name and credit code as the declaration lists them. */
	public record Member(String name, String uscc) {
	}
}
