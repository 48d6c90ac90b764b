package cn.tsbase.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the platform is for the public, the user's work areas once logged in. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
