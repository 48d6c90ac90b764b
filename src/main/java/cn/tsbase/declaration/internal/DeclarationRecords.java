package cn.tsbase.declaration.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.declaration.Section;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.DataScope;

/**
 * What every use case of a declaration needs: loading it inside the caller's scope at the expected version, its
 * history entries, and its content (JSON) read and written.
 */
@Component
class DeclarationRecords {

	private final DeclarationRepository declarations;
	private final DeclarationHistoryRepository history;
	private final JsonMapper json;
	private final Clock clock;

	DeclarationRecords(DeclarationRepository declarations, DeclarationHistoryRepository history, JsonMapper json,
			Clock clock) {
		this.declarations = declarations;
		this.history = history;
		this.json = json;
		this.clock = clock;
	}

	/** The declaration inside the scope, or not found. */
	Declaration inScope(long id, DataScope scope) {
		return declarations.findOne(DeclarationSpecifications.within(scope).and(DeclarationSpecifications.hasId(id)))
			.orElseThrow(() -> new NotFoundException("Declaration " + id));
	}

	/** The declaration inside the scope at the version the caller saw (else an optimistic-lock conflict). */
	Declaration load(long id, long expectedVersion, DataScope scope) {
		Declaration declaration = inScope(id, scope);
		checkVersion(declaration, expectedVersion);
		return declaration;
	}

	static void checkVersion(Declaration declaration, long expectedVersion) {
		if (declaration.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Declaration.class, declaration.getId());
		}
	}

	void record(Declaration declaration, String action, String actor, String note) {
		history.save(new DeclarationHistoryEntry(declaration.getId(), action, actor, clock.instant(), note));
	}

	DeclarationContent read(Declaration declaration) {
		return json.readValue(declaration.getContentJson(), DeclarationContent.class);
	}

	Map<Section, String> returnReasons(Declaration declaration) {
		if (declaration.getReturnReasonsJson() == null) {
			return Map.of();
		}
		return json.readValue(declaration.getReturnReasonsJson(), new TypeReference<EnumMap<Section, String>>() {
		});
	}

	String write(Object value) {
		return json.writeValueAsString(value);
	}
}
