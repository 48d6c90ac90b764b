package cn.tsbase.declaration.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.declaration.Section;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.CurrentUser;

/**
 * What a reader sees of a declaration (issue 9 point 2, ADR 0016): its unit sees its working copy, everyone else
 * (district, IP, guidance and municipal officers, experts under a grant) the declaration as last submitted. While a
 * returned declaration is being corrected, the unit's edits and new evidence stay its own until it resubmits, exactly
 * as a draft does before the first submission ({@link DeclarationSpecifications#within}).
 *
 * <p>
 * Every read path for officers (pages, JSON API, content, evidence) goes through here: the content is the stored
 * version with the declaration's {@code submittedVersion}, the evidence the files uploaded no later than its
 * {@code submittedAt}. Pages get the content as their reader sees it from {@link DeclarationService#open}, with the
 * one scoped read of the declaration.
 */
@Component
public class DeclarationAsSeen {

	private final DeclarationVersionRepository versions;
	private final JsonMapper json;

	DeclarationAsSeen(DeclarationVersionRepository versions, JsonMapper json) {
		this.versions = versions;
		this.json = json;
	}

	/** Whether the reader is the declaration's own unit, who sees its working copy. */
	public static boolean isOwnUnit(DeclarationView declaration, CurrentUser reader) {
		return reader.getUnitId() != null && reader.getUnitId().equals(declaration.unitId());
	}

	/**
	 * The declaration as last submitted.
	 *
	 * @throws NotFoundException for a declaration never submitted (no one but its unit may read it anyway)
	 */
	@Transactional(readOnly = true)
	public DeclarationContent submittedContent(DeclarationView declaration) {
		if (declaration.submittedVersion() <= 0) {
			throw new NotFoundException("Declaration " + declaration.id());
		}
		String submitted = versions.findByDeclarationIdAndVersionNo(declaration.id(), declaration.submittedVersion())
			.map(DeclarationVersion::getContentJson)
			.orElseThrow(() -> new NotFoundException("Declaration " + declaration.id()));
		return json.readValue(submitted, DeclarationContent.class);
	}

	/** Whether the reader may see the file: the unit all its files, anyone else those submitted with the declaration. */
	public static boolean sees(DeclarationView declaration, StoredAttachment attachment, CurrentUser reader) {
		return isOwnUnit(declaration, reader) || wasSubmitted(declaration, attachment);
	}

	/** Whether the file was there when the declaration was last submitted. */
	public static boolean wasSubmitted(DeclarationView declaration, StoredAttachment attachment) {
		return declaration.submittedVersion() > 0 && declaration.submittedAt() != null
				&& !attachment.uploadedAt().isAfter(declaration.submittedAt());
	}

	/** For the unit's section page: a file of a submission cannot be removed, only added to. */
	public boolean isKept(DeclarationView declaration, StoredAttachment attachment) {
		return wasSubmitted(declaration, attachment);
	}

	/** The evidence by section as the reader sees it. */
	public static Map<Section, List<StoredAttachment>> visible(DeclarationView declaration,
			Map<Section, List<StoredAttachment>> evidence, CurrentUser reader) {
		Map<Section, List<StoredAttachment>> visible = new LinkedHashMap<>();
		evidence.forEach((section, files) -> visible.put(section,
				files.stream().filter(file -> sees(declaration, file, reader)).toList()));
		return visible;
	}
}
