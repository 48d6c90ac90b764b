package cn.tsbase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.internal.BaseService;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.security.Role;

/** Every certificate carries a number and a random verification code that anyone can check on a public page. */
@IntegrationTest
class CertificateCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BaseService bases;

	@Autowired
	JdbcTemplate jdbc;

	record Designated(long baseId, long unitId, String unitName, String number, String code, String documentNumber) {
	}

	Designated designate() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		long unit = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		String name = "核验" + tag + "有限公司";
		ListPublished event = new ListPublished(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2), 1L, 2026,
				"京市监发〔2026〕" + tag + "号", LocalDate.of(2026, 7, 1), List.of(new ListPublished.Entry(1L, unit, name,
						UsccFixtures.random("110102"), BaseType.POINT, "110102", "SOFTWARE_IT")));
		bases.designate(event);
		return jdbc.queryForObject("select id, certificate_number, verification_code from demonstration_base "
				+ "where unit_id = ?", (rs, n) -> new Designated(rs.getLong(1), unit, name, rs.getString(2),
						rs.getString(3), event.documentNumber()), unit);
	}

	Document check(String code, String address) throws Exception {
		return Jsoup.parse(mvc.perform(get("/public/certificates/verify").param("code", code)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static String address() {
		return "10.9." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
	}

	@Test
	void aDesignatedBaseGetsACertificateNumberAndAnUnguessableCode() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 3; i++) {
			Designated base = designate();
			assertThat(base.number()).isEqualTo(String.format("BJTS-2026-P-%05d", base.baseId()));
			assertThat(base.code()).matches("[0-9A-HJKMNP-TV-Z]{16}");
			codes.add(base.code());
		}
		assertThat(codes).hasSize(3);
	}

	@Test
	void aValidCodeShowsTheBaseAsValidHoweverItIsTyped() throws Exception {
		Designated base = designate();
		String typed = " " + base.code().substring(0, 4).toLowerCase() + "-" + base.code().substring(4, 8) + " "
				+ base.code().substring(8) + " ";
		Document page = check(typed, address());
		assertThat(page.getElementById("certificateValid")).isNotNull();
		assertThat(page.getElementById("certificateCheckResult").text()).contains(base.unitName(), base.number(),
				base.documentNumber());
	}

	@Test
	void aWrongCodeSaysNotFoundAndShowsNoBase() throws Exception {
		Document page = check("ZZZZ-ZZZZ-ZZZZ-ZZZZ", address());
		assertThat(page.getElementById("certificateNotFound")).isNotNull();
		assertThat(page.getElementById("certificateValid")).isNull();
		assertThat(check("not a code <script>", address()).getElementById("certificateNotFound")).isNotNull();
	}

	@Test
	void checksAreRateLimitedPerAddress() throws Exception {
		String address = address();
		for (int i = 0; i < 30; i++) {
			check("ZZZZ-ZZZZ-ZZZZ-ZZZ" + (i % 10), address);
		}
		mvc.perform(get("/public/certificates/verify").param("code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ").with(request -> {
			request.setRemoteAddr(address);
			return request;
		})).andExpect(status().isTooManyRequests());
		check("ZZZZ-ZZZZ-ZZZZ-ZZZZ", address());
	}

	@Test
	void theEmptyFormIsAPublicCacheablePage() throws Exception {
		mvc.perform(get("/public/certificates/verify"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")));
	}

	@Test
	void everyBaseOnThePublicListHasAPublicDetailPage() throws Exception {
		Designated base = designate();
		Document list = Jsoup.parse(mvc.perform(get("/public/bases").param("q", base.unitName()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("#baseTable a").eachAttr("href")).contains("/public/bases/" + base.baseId());
		Document detail = Jsoup.parse(mvc.perform(get("/public/bases/{id}", base.baseId()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(detail.getElementById("baseDetail").text()).contains(base.documentNumber(), "2026", "2026-07-01",
				base.number());
		assertThat(detail.getElementById("baseStatus").text()).isEqualTo("有效");
		assertThat(detail.text()).doesNotContain(base.code());
		mvc.perform(get("/public/bases/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void theCertificateCarriesItsNumberCodeAndAQrCodeOfTheCheckAddress() throws Exception {
		Designated base = designate();
		byte[] pdf = mvc.perform(get("/unit/base/{id}/certificate.pdf", base.baseId())
			.with(Principals.role(Role.APPLICANT, "110102", base.unitId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(base.number(), base.code().substring(0, 4) + "-" + base.code().substring(4, 8));
			BufferedImage whole = new PDFRenderer(document).renderImageWithDPI(0, 200);
			// the corner where the certificate prints its check
			BufferedImage page = whole.getSubimage(0, whole.getHeight() / 2, whole.getWidth() / 2, whole.getHeight() / 2);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			LuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
			String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
			assertThat(decoded).endsWith("/public/certificates/verify?code=" + base.code());
		}
	}
}
