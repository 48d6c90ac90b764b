package cn.tsbase.casework.internal;

/** The kind of trade secret concerned (技术信息 / 经营信息). */
public enum SecretCategory {

	TECHNICAL, BUSINESS;

	public String messageKey() {
		return "casework.secret." + name();
	}
}
