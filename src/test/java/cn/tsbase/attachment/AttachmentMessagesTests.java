package cn.tsbase.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key the attachment module refuses uploads with is in both bundles. */
class AttachmentMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(attachment\\.[A-Za-z0-9_.]*[A-Za-z0-9_]|error\\.413\\.[a-z]+)\"");

	@Test
	void everyKeyTheModuleUsesIsInBothBundles() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/tsbase/attachment"))) {
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		keys.add("error.413.message");
		keys.add("error.413.title");
		keys.add("error.413.generic");
		assertThat(keys).contains("attachment.rejected.mismatch", "attachment.rejected.archive",
				"attachment.rejected.tooLarge", "attachment.rejected.empty", "attachment.rejected.type");

		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(keys).allSatisfy(key -> assertThat(messages).as(bundle).containsKey(key));
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AttachmentMessagesTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
