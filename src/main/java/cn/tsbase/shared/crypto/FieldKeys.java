package cn.tsbase.shared.crypto;

import java.util.Map;
import java.util.TreeMap;

import javax.crypto.SecretKey;

/**
 * The unwrapped field keys: every data key by version (old ones still decrypt), the version that encrypts, and the
 * blind-index key (never rotated: a new one would change every index value).
 */
record FieldKeys(Map<Integer, SecretKey> dataKeys, int currentVersion, byte[] indexKey) {

	FieldKeys {
		dataKeys = Map.copyOf(new TreeMap<>(dataKeys));
		if (!dataKeys.containsKey(currentVersion)) {
			throw new IllegalArgumentException("no data key of version " + currentVersion);
		}
		indexKey = indexKey.clone();
	}

	SecretKey current() {
		return dataKeys.get(currentVersion);
	}

	@Override
	public String toString() {
		return "FieldKeys[versions=" + dataKeys.keySet() + ", current=" + currentVersion + "]";
	}
}
