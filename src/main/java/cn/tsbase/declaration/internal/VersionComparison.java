package cn.tsbase.declaration.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.declaration.Section;
import cn.tsbase.shared.security.DataScope;

/**
 * Two submitted versions side by side: the fields that differ (from {@link DeclarationService#compare}) and the
 * evidence files added or removed in between. The files of each version are recorded when it is submitted, in the
 * submitting transaction, because a removed attachment is deleted.
 */
@Component
public class VersionComparison {

	/** Whether a file was added or removed between the two versions. */
	public enum FileChange {
		ADDED, REMOVED
	}

	/** One evidence file that differs between the versions. */
	public record FileDifference(Section section, String name, long size, FileChange change) {
	}

	/** The differences of two versions: fields in form order, then files by section. */
	public record Differences(List<FieldDifference> fields, List<FileDifference> files) {

		public boolean isEmpty() {
			return fields.isEmpty() && files.isEmpty();
		}
	}

	private final DeclarationService declarations;
	private final VersionFileRepository versionFiles;
	private final DeclarationVersionRepository versions;
	private final Attachments attachments;

	VersionComparison(DeclarationService declarations, VersionFileRepository versionFiles,
			DeclarationVersionRepository versions, Attachments attachments) {
		this.declarations = declarations;
		this.versionFiles = versionFiles;
		this.versions = versions;
		this.attachments = attachments;
	}

	/** The fields and files that differ between versions {@code from} and {@code to}; 404 out of scope. */
	@Transactional(readOnly = true)
	public Differences compare(long declarationId, int from, int to, DataScope scope) {
		List<FieldDifference> fields = declarations.compare(declarationId, from, to, scope);
		Map<Long, VersionFile> before = byAttachment(declarationId, from);
		Map<Long, VersionFile> after = byAttachment(declarationId, to);
		List<FileDifference> files = new ArrayList<>();
		before.forEach((id, file) -> {
			if (!after.containsKey(id)) {
				files.add(difference(file, FileChange.REMOVED));
			}
		});
		after.forEach((id, file) -> {
			if (!before.containsKey(id)) {
				files.add(difference(file, FileChange.ADDED));
			}
		});
		files.sort(java.util.Comparator.comparing(FileDifference::section).thenComparing(FileDifference::change));
		return new Differences(fields, files);
	}

	private Map<Long, VersionFile> byAttachment(long declarationId, int versionNo) {
		Map<Long, VersionFile> files = new LinkedHashMap<>();
		versionFiles.findByDeclarationIdAndVersionNoOrderById(declarationId, versionNo)
			.forEach(file -> files.put(file.getAttachmentId(), file));
		return files;
	}

	private static FileDifference difference(VersionFile file, FileChange change) {
		Section section;
		try {
			section = Section.valueOf(file.getSection());
		}
		catch (IllegalArgumentException unknown) {
			section = Section.BASIC;
		}
		return new FileDifference(section, file.getOriginalName(), file.getSizeBytes(), change);
	}

	/** Records the evidence as submitted with the version just saved (same transaction as the submission). */
	@EventListener
	void recordFilesOf(DeclarationSubmitted submitted) {
		versions.findByDeclarationIdOrderByVersionNoDesc(submitted.declarationId()).stream().findFirst()
			.ifPresent(version -> {
				for (StoredAttachment file : attachments.list(DeclarationFiles.DECLARATION,
						submitted.declarationId())) {
					versionFiles.save(new VersionFile(submitted.declarationId(), version.getVersionNo(), file.id(),
							file.slot(), file.originalName(), file.size(), file.sha256()));
				}
			});
	}
}
