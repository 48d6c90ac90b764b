package cn.tsbase.referencedata.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceItem;

record ReferenceItemForm(@NotNull ReferenceCategory category,
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "{reference.code.pattern}") String code,
		@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String nameEn,
		@NotNull @Min(0) @Max(9999) Integer sortOrder, Boolean active, Long version) {

	boolean isActive() {
		return Boolean.TRUE.equals(active);
	}

	static ReferenceItemForm empty(ReferenceCategory category) {
		return new ReferenceItemForm(category, "", "", "", 100, true, null);
	}

	static ReferenceItemForm of(ReferenceItem item) {
		return new ReferenceItemForm(item.category(), item.code(), item.name(), item.nameEn(), item.sortOrder(),
				item.active(), item.version());
	}
}
