package cn.tsbase.declaration.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.declaration.DeclarationParties;
import cn.tsbase.declaration.DeclarationReadGrants;
import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/** Reading a declaration: inside the reader's scope or by a grant, its parties, versions, history and differences. */
@Component
class DeclarationReading {

	private final DeclarationRepository declarations;
	private final DeclarationVersionRepository versions;
	private final DeclarationHistoryRepository history;
	private final DeclarationRecords records;
	private final JsonMapper json;
	private final ObjectProvider<DeclarationReadGrants> grants;
	private final DeclarationAsSeen asSeen;

	DeclarationReading(DeclarationRepository declarations, DeclarationVersionRepository versions,
			DeclarationHistoryRepository history, DeclarationRecords records, JsonMapper json,
			ObjectProvider<DeclarationReadGrants> grants, DeclarationAsSeen asSeen) {
		this.asSeen = asSeen;
		this.declarations = declarations;
		this.versions = versions;
		this.history = history;
		this.records = records;
		this.json = json;
		this.grants = grants;
	}

	@Transactional(readOnly = true)
	Declaration get(long id, DataScope scope) {
		return records.inScope(id, scope);
	}

	@Transactional(readOnly = true)
	DeclarationService.Readable readable(long id, CurrentUser reader) {
		Found found = find(id, reader);
		return new DeclarationService.Readable(found.declaration().view(), found.granted());
	}

	/** The declaration inside the reader's scope, with what they see of it, from this one read. */
	@Transactional(readOnly = true)
	DeclarationService.Opened open(long id, CurrentUser reader) {
		return opened(records.inScope(id, reader.scope()), reader);
	}

	/** As {@link #open}, for a declaration inside the reader's scope or opened to them by a grant. */
	@Transactional(readOnly = true)
	DeclarationService.Opened openReadable(long id, CurrentUser reader) {
		return opened(find(id, reader).declaration(), reader);
	}

	private DeclarationService.Opened opened(Declaration declaration, CurrentUser reader) {
		DeclarationView view = declaration.view();
		DeclarationContent content = DeclarationAsSeen.isOwnUnit(view, reader) ? records.read(declaration)
				: asSeen.submittedContent(view);
		return new DeclarationService.Opened(view, content, records.returnReasons(declaration));
	}

	/** A declaration found for a reader, and whether a grant rather than their scope let them find it. */
	private record Found(Declaration declaration, boolean granted) {
	}

	private Found find(long id, CurrentUser reader) {
		Optional<Declaration> inScope = declarations
			.findOne(DeclarationSpecifications.within(reader.scope()).and(DeclarationSpecifications.hasId(id)));
		if (inScope.isPresent()) {
			return new Found(inScope.get(), false);
		}
		boolean granted = grants.orderedStream().anyMatch(grant -> grant.mayRead(reader, id));
		if (!granted) {
			throw new NotFoundException("Declaration " + id);
		}
		return declarations.findOne(DeclarationSpecifications.submittedOnce().and(DeclarationSpecifications.hasId(id)))
			.map(declaration -> new Found(declaration, true))
			.orElseThrow(() -> new NotFoundException("Declaration " + id));
	}

	@Transactional(readOnly = true)
	List<DeclarationParties> parties(List<Long> declarationIds, DataScope scope) {
		if (declarationIds.isEmpty()) {
			return List.of();
		}
		return declarations
			.findAll(DeclarationSpecifications.within(scope)
				.and((root, query, cb) -> root.get("id").in(declarationIds)))
			.stream()
			.map(declaration -> {
				DeclarationContent content = records.read(declaration);
				String name = content.basic().unitName() == null || content.basic().unitName().isBlank()
						? declaration.getUnitName() : content.basic().unitName();
				return new DeclarationParties(declaration.getId(), name, content.basic().uscc(),
						content.basic().contactEmail(), content.members()
							.stream()
							.map(m -> new DeclarationParties.Member(m.name(), m.uscc()))
							.toList());
			})
			.toList();
	}

	@Transactional(readOnly = true)
	List<DeclarationView.VersionEntry> versions(long id, DataScope scope) {
		get(id, scope);
		return versions.findByDeclarationIdOrderByVersionNoDesc(id).stream().map(DeclarationVersion::view).toList();
	}

	@Transactional(readOnly = true)
	List<DeclarationView.HistoryEntry> history(long id, DataScope scope) {
		get(id, scope);
		return history.findByDeclarationIdOrderByOccurredAtAscIdAsc(id)
			.stream()
			.map(DeclarationHistoryEntry::view)
			.toList();
	}

	/** The fields that differ between two submitted versions, in form order. */
	@Transactional(readOnly = true)
	List<FieldDifference> compare(long id, int from, int to, DataScope scope) {
		get(id, scope);
		JsonNode before = json.readTree(versionContent(id, from));
		JsonNode after = json.readTree(versionContent(id, to));
		Map<String, String> left = new LinkedHashMap<>();
		Map<String, String> right = new LinkedHashMap<>();
		flatten("", before, left);
		flatten("", after, right);
		List<FieldDifference> differences = new ArrayList<>();
		for (String path : orderedPaths(left, right)) {
			if (!Objects.equals(left.get(path), right.get(path))) {
				differences.add(new FieldDifference(path, left.get(path), right.get(path)));
			}
		}
		return differences;
	}

	private static List<String> orderedPaths(Map<String, String> left, Map<String, String> right) {
		List<String> paths = new ArrayList<>(left.keySet());
		right.keySet().stream().filter(p -> !left.containsKey(p)).forEach(paths::add);
		return paths;
	}

	private String versionContent(long id, int versionNo) {
		return versions.findByDeclarationIdAndVersionNo(id, versionNo)
			.map(DeclarationVersion::getContentJson)
			.orElseThrow(() -> new NotFoundException("Version " + versionNo + " of declaration " + id));
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
		if (node == null || node.isNull()) {
			return;
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
				Map.Entry<String, JsonNode> entry = it.next();
				flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), out);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(prefix + "[" + (i + 1) + "]", node.get(i), out);
			}
		}
		else {
			String text = node.asString();
			if (!text.isEmpty()) {
				out.put(prefix, text);
			}
		}
	}
}
