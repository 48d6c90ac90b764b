package cn.tsbase.publicnotice.internal;

/** Who objects: a person (name and ID number) or a unit (name and credit code), with contacts. */
public record Objector(String name, String idNumber, String unit, String unitUscc, String phone, String email) {
}
