package cn.tsbase.selection.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import cn.tsbase.selection.ExpertView;
import cn.tsbase.selection.internal.ExpertDetails;

record ExpertForm(@NotBlank @Size(max = 50) String name, @Size(max = 100) String title,
		@NotBlank @Size(max = 100) String affiliationName, @Size(max = 40) String affiliationUscc,
		@Email @Size(max = 100) String email, @Size(max = 20) String phone, @NotEmpty Set<String> fields,
		Boolean available, Long version) {

	static ExpertForm empty() {
		return new ExpertForm("", "", "", "", "", "", new LinkedHashSet<>(), true, null);
	}

	static ExpertForm of(ExpertView e) {
		return new ExpertForm(e.name(), e.title(), e.affiliationName(), e.affiliationUscc(), e.email(), e.phone(),
				new LinkedHashSet<>(e.fields()), e.available(), e.version());
	}

	ExpertDetails toDetails() {
		return new ExpertDetails(name, title, affiliationName, affiliationUscc, email, phone,
				fields == null ? Set.of() : fields, Boolean.TRUE.equals(available));
	}
}
