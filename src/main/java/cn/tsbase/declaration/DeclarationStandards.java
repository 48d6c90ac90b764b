package cn.tsbase.declaration;

import java.util.Optional;

/**
 * The standards a declaration declared, for the hand-over at designation (operation opens the base's profile with
 * them): only the declaration as last submitted, which the district and the selection have read; empty for a
 * declaration never submitted or unknown.
 */
public interface DeclarationStandards {

	Optional<DeclaredStandards> ofDeclaration(long declarationId);
}
