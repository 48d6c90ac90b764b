package cn.tsbase.shared.web;

import org.springframework.stereotype.Component;

import cn.tsbase.shared.Masking;

/** Masked personal data in templates: {@code ${@mask.phone(value)}}. */
@Component("mask")
public class MaskFormat {

	public String idNumber(String value) {
		return Masking.idNumber(value);
	}

	public String phone(String value) {
		return Masking.phone(value);
	}

	public String name(String value) {
		return Masking.name(value);
	}
}
