package cn.tsbase.operation.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseDesignated;
import cn.tsbase.base.BaseView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.internal.ProfileParts.Leadership;
import cn.tsbase.operation.internal.ProfileParts.Liaison;
import cn.tsbase.operation.internal.ProfileParts.Office;
import cn.tsbase.operation.internal.ProfileParts.Rules;
import cn.tsbase.shared.security.CurrentUser;

/**
 * Demo profile only, for {@link DemoOperation}: an earlier base's profile completed standard by standard through the
 * module's own services, with the leadership body's founding notice as evidence and a liaison officer the district
 * confirmed. Made-up content.
 */
@Component
@Profile("demo & !prod & !bench")
class DemoProfiles {

	private static final Logger log = LoggerFactory.getLogger(DemoProfiles.class);

	private final BaseProfiles profiles;
	private final ProfileEvidence evidence;

	DemoProfiles(BaseProfiles profiles, ProfileEvidence evidence) {
		this.profiles = profiles;
		this.evidence = evidence;
	}

	void complete(BaseView base, CurrentUser unit, CurrentUser officer) {
		openProfile(base);
		fill(base, unit, officer);
		foundingDocument(base, unit);
	}

	/** The listener may be opening the same profile right now: whichever comes second changes nothing. */
	private void openProfile(BaseView base) {
		try {
			profiles.open(new BaseDesignated(base.id(), base.unitId(), base.unitName(), base.uscc(), base.baseType(),
					base.batchYear(), base.districtCode(), base.declarationId(), base.documentNumber()));
		}
		catch (DataIntegrityViolationException openedMeanwhile) {
			log.debug("Profile of base {} opened meanwhile", base.id());
		}
	}

	private void fill(BaseView base, CurrentUser unit, CurrentUser officer) {
		profiles.updateLeadership(base.id(), version(base, unit), new Leadership("张某", "总经理",
				"分管副总经理、法务部、信息技术部、人力资源部负责人", "《关于成立商业秘密保护工作领导小组的通知》",
				"每年安排商业秘密保护专项经费 30 万元，配备专用档案室和加密设备。"), unit);
		profiles.updateOffice(base.id(), version(base, unit), new Office("法务部（商业秘密保护办公室）",
				"本单位办公楼 3 层 305 室", 2, 4), unit);
		profiles.updateRules(base.id(), version(base, unit), new Rules(
				"商业秘密保护管理办法（2025-03-01）\n涉密人员管理规定（2025-03-01）\n涉密载体管理规定（2025-06-15）",
				"商业秘密泄露事件应急处置预案（2025-06-15）",
				base.baseType() == BaseType.ZONE ? "指导 12 家成员单位中的 9 家建立了商业秘密保护制度。" : null), unit);
		profiles.requestLiaison(base.id(), version(base, unit), new Liaison("王某", "法务主管", "13800000000",
				"liaison@example.com"), unit);
		profiles.confirmLiaison(base.id(), version(base, unit), officer);
	}

	/**
	 * The leadership body's founding notice as the standard's evidence file: a one-page PDF standing in for the scan
	 * (made up; PDFBox writes it, so no font is needed).
	 */
	private void foundingDocument(BaseView base, CurrentUser unit) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle("关于成立商业秘密保护工作领导小组的通知（演示）");
			document.save(out);
			evidence.add(base.id(), Standard.LEADERSHIP, "领导小组成立通知.pdf",
					new ByteArrayInputStream(out.toByteArray()), unit);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private long version(BaseView base, CurrentUser unit) {
		return profiles.find(base.id(), unit).version();
	}
}
