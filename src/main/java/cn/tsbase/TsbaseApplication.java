package cn.tsbase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class TsbaseApplication {

	public static void main(String[] args) {
		SpringApplication.run(TsbaseApplication.class, args);
	}
}
