package cn.tsbase.referencedata.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.referencedata.ReferenceItem;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.PublicPageCache;

@Service("referenceData")
public class ReferenceDataService implements ReferenceData {

	private static final Duration REFRESH_AFTER = Duration.ofSeconds(60);

	private final ReferenceItemRepository items;
	private final AuditLog audit;
	private final Clock clock;
	private final PublicPageCache publicPages;
	private volatile Snapshot snapshot;

	ReferenceDataService(ReferenceItemRepository items, AuditLog audit, Clock clock, PublicPageCache publicPages) {
		this.items = items;
		this.audit = audit;
		this.clock = clock;
		this.publicPages = publicPages;
	}

	private record Snapshot(Map<ReferenceCategory, List<ReferenceItem>> byCategory, Instant loadedAt) {
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || current.loadedAt().plus(REFRESH_AFTER).isBefore(clock.instant())) {
			current = load();
		}
		return current;
	}

	private synchronized Snapshot load() {
		Map<ReferenceCategory, List<ReferenceItem>> byCategory = new EnumMap<>(ReferenceCategory.class);
		for (ReferenceCategory category : ReferenceCategory.values()) {
			byCategory.put(category, new java.util.ArrayList<>());
		}
		items.findAllByOrderByCategoryAscSortOrderAscCodeAsc()
			.forEach(entity -> byCategory.get(entity.toItem().category()).add(entity.toItem()));
		byCategory.replaceAll((category, list) -> List.copyOf(list));
		Snapshot loaded = new Snapshot(byCategory, clock.instant());
		this.snapshot = loaded;
		return loaded;
	}

	@Override
	public List<ReferenceItem> active(ReferenceCategory category) {
		return snapshot().byCategory().get(category).stream().filter(ReferenceItem::active).toList();
	}

	@Override
	public List<ReferenceItem> all(ReferenceCategory category) {
		return snapshot().byCategory().get(category);
	}

	@Override
	public Optional<ReferenceItem> find(ReferenceCategory category, String code) {
		if (code == null) {
			return Optional.empty();
		}
		return all(category).stream().filter(item -> item.code().equals(code)).findFirst();
	}

	@Override
	public boolean isActive(ReferenceCategory category, String code) {
		return find(category, code).map(ReferenceItem::active).orElse(false);
	}

	@Override
	public String label(ReferenceCategory category, String code, Locale locale) {
		return find(category, code).map(item -> item.label(locale)).orElse(code == null ? "" : code);
	}

	@Transactional
	public ReferenceItem add(ReferenceCategory category, String code, String name, String nameEn, int sortOrder) {
		if (items.existsByCategoryAndCode(category, code)) {
			throw new StateConflictException("reference.codeTaken", "Code exists: " + category + " " + code);
		}
		ReferenceItemEntity saved = items.saveAndFlush(new ReferenceItemEntity(category, code, name, nameEn, sortOrder));
		audit.record("REFERENCE_DATA_ADDED", "ReferenceItem", category + ":" + code, AuditOutcome.SUCCESS,
				name + " / " + nameEn);
		invalidateAfterCommit();
		return saved.toItem();
	}

	@Transactional
	public ReferenceItem update(long id, long expectedVersion, String name, String nameEn, int sortOrder,
			boolean active) {
		ReferenceItemEntity entity = items.findById(id)
			.orElseThrow(() -> new NotFoundException("Reference item " + id));
		if (entity.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ReferenceItemEntity.class, id);
		}
		ReferenceItem before = entity.toItem();
		entity.update(name, nameEn, sortOrder, active);
		items.flush();
		audit.record("REFERENCE_DATA_CHANGED", "ReferenceItem", before.category() + ":" + before.code(),
				AuditOutcome.SUCCESS, before.name() + " -> " + name + ", active " + before.active() + " -> " + active);
		invalidateAfterCommit();
		return entity.toItem();
	}

	private void invalidateAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				snapshot = null;
				// the public pages show district and industry names
				publicPages.evictAll();
			}
		});
	}

	public ReferenceItem get(long id) {
		return items.findById(id).map(ReferenceItemEntity::toItem)
			.orElseThrow(() -> new NotFoundException("Reference item " + id));
	}
}
