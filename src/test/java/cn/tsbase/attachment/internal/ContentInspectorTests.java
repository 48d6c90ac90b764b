package cn.tsbase.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.SampleFiles;

class ContentInspectorTests {

	private final ContentInspector inspector = new ContentInspector(AttachmentProperties.DEFAULT_EXTENSIONS);

	@TempDir
	Path dir;

	private Path file(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(dir, "sample", ".bin"), content);
	}

	static Stream<Arguments> genuineFiles() {
		return Stream.of(Arguments.of("pdf", SampleFiles.pdf("x"), "application/pdf"),
				Arguments.of("png", SampleFiles.png(), "image/png"),
				Arguments.of("jpg", SampleFiles.jpeg(), "image/jpeg"),
				Arguments.of("jpeg", SampleFiles.jpeg(), "image/jpeg"),
				Arguments.of("docx", SampleFiles.docx("保密制度"),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				Arguments.of("xlsx", SampleFiles.xlsx("涉密人员"),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				Arguments.of("xls", SampleFiles.xls("涉密人员"), "application/vnd.ms-excel"),
				Arguments.of("doc", SampleFiles.doc(), "application/msword"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("genuineFiles")
	void acceptsGenuineFilesOfEveryAllowedType(String extension, byte[] content, String type) throws IOException {
		assertThat(inspector.check(file(content), extension)).hasToString(type);
	}

	static Stream<Arguments> impostors() {
		return Stream.of(Arguments.of("a PNG named .pdf", SampleFiles.png(), "pdf"),
				Arguments.of("an executable named .docx", SampleFiles.exe(), "docx"),
				Arguments.of("an executable named .pdf", SampleFiles.exe(), "pdf"),
				Arguments.of("an HTML page named .jpg", SampleFiles.html(), "jpg"),
				Arguments.of("an HTML page named .png", SampleFiles.html(), "png"),
				Arguments.of("a plain zip named .docx", SampleFiles.zip(), "docx"),
				Arguments.of("a plain zip named .xlsx", SampleFiles.zip(), "xlsx"),
				Arguments.of("a workbook named .docx", SampleFiles.xlsx("x"), "docx"),
				Arguments.of("a Word document named .xlsx", SampleFiles.docx("x"), "xlsx"),
				Arguments.of("a legacy workbook named .doc", SampleFiles.xls("x"), "doc"),
				Arguments.of("a legacy Word file named .xls", SampleFiles.doc(), "xls"),
				Arguments.of("a JPEG named .png", SampleFiles.jpeg(), "png"),
				Arguments.of("text named .pdf", "plain text, not a document".getBytes(StandardCharsets.UTF_8), "pdf"),
				Arguments.of("a PDF named .docx", SampleFiles.pdf("x"), "docx"),
				Arguments.of("a damaged legacy workbook", Arrays.copyOf(SampleFiles.xls("x"), 600), "xls"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("impostors")
	void refusesContentThatDoesNotMatchTheExtension(String description, byte[] content, String extension)
			throws IOException {
		Path file = file(content);

		assertThatThrownBy(() -> inspector.check(file, extension)).isInstanceOf(AttachmentRejectedException.class)
			.satisfies(e -> {
				AttachmentRejectedException rejected = (AttachmentRejectedException) e;
				assertThat(rejected.messageKey()).isEqualTo("attachment.rejected.mismatch");
				assertThat(rejected.arguments()).containsExactly(extension);
			});
	}

	@Test
	void detectionIgnoresTheFileName() throws IOException {
		Path zipNamedDocx = Files.write(dir.resolve("report.docx"), SampleFiles.zip());

		assertThat(inspector.detect(zipNamedDocx)).hasToString("application/zip");
	}

	@Test
	void allowsExactlyTheConfiguredExtensions() {
		ContentInspector pdfOnly = new ContentInspector(List.of("pdf"));

		assertThat(pdfOnly.allows("pdf")).isTrue();
		assertThat(pdfOnly.allows("docx")).isFalse();
		assertThat(inspector.allowedExtensions()).containsExactly("pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg",
				"png");
	}

	@Test
	void refusesToStartWithAnExtensionWhoseContentCannotBeChecked() {
		assertThatThrownBy(() -> new ContentInspector(List.of("pdf", "nosuchtype")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(".nosuchtype");
		assertThatThrownBy(() -> new ContentInspector(List.of("txt"))).isInstanceOf(IllegalStateException.class);
	}
}
