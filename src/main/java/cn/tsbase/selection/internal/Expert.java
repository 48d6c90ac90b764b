package cn.tsbase.selection.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.selection.ExpertView;
import cn.tsbase.shared.crypto.EncryptedText;

/**
 * An expert of the municipal pool: affiliation (with its credit code where known, for conflicts of interest),
 * contact, fields of expertise (industries, and legal / technical / management), availability, and the account.
 */
@Entity
@Table(name = "expert")
class Expert {

	/** Fields of expertise besides the industries. */
	public static final Set<String> DISCIPLINES = Set.of("LEGAL", "TECHNICAL", "MANAGEMENT");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	private String title;

	@Column(name = "affiliation_name", nullable = false)
	private String affiliationName;

	@Column(name = "affiliation_uscc")
	private String affiliationUscc;

	@Convert(converter = EncryptedText.class)
	private String email;

	@Convert(converter = EncryptedText.class)
	private String phone;

	/** Industry codes and disciplines, comma-separated. */
	@Column(nullable = false)
	private String fields;

	@Column(nullable = false)
	private boolean available;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Expert() {
	}

	Expert(ExpertDetails details, long accountId, String username, Instant now) {
		apply(details);
		this.accountId = accountId;
		this.username = username;
		this.createdAt = now;
	}

	void apply(ExpertDetails details) {
		this.name = details.name();
		this.title = details.title();
		this.affiliationName = details.affiliationName();
		this.affiliationUscc = details.affiliationUscc();
		this.email = details.email();
		this.phone = details.phone();
		this.fields = String.join(",", details.fields());
		this.available = details.available();
	}

	public ExpertDetails details() {
		return new ExpertDetails(name, title, affiliationName, affiliationUscc, email, phone, getFields(), available);
	}

	public Set<String> getFields() {
		return fields.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(fields.split(",")));
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getTitle() {
		return title;
	}

	public String getAffiliationName() {
		return affiliationName;
	}

	public String getAffiliationUscc() {
		return affiliationUscc;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public boolean isAvailable() {
		return available;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getUsername() {
		return username;
	}

	public long getVersion() {
		return version;
	}

	/** What pages and the JSON API see of it. */
	ExpertView view() {
		return new ExpertView(id, name, title, affiliationName, affiliationUscc, email, phone, getFields(), available,
				accountId, username, createdAt, version);
	}
}
