package cn.tsbase.declaration;

import cn.tsbase.shared.security.CurrentUser;

/**
 * Opens a declaration, read-only, to a reader outside their data scope. A downstream module implements it for the
 * readers it is responsible for (the selection module: an expert, for a declaration assigned and released to them
 * once they declared no conflict of interest). The declaration module asks every implementation before it answers
 * "not found" to the read-only content ({@code /declarations/{id}/content}) and the evidence downloads; nothing else
 * (editing, versions, the API) is opened this way. Downloads of PDF evidence under a grant carry a watermark naming
 * the reader and the time.
 */
public interface DeclarationReadGrants {

	/**
	 * Whether the reader may read the declaration's content and evidence although it lies outside their data scope.
	 * Answers {@code false} for anything it does not know; must not throw for an unknown declaration.
	 */
	boolean mayRead(CurrentUser reader, long declarationId);
}
