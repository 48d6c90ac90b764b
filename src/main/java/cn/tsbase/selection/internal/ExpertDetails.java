package cn.tsbase.selection.internal;

import java.util.Set;

/** An expert's descriptive fields as the municipal officer enters or imports them. */
public record ExpertDetails(String name, String title, String affiliationName, String affiliationUscc, String email,
		String phone, Set<String> fields, boolean available) {
}
