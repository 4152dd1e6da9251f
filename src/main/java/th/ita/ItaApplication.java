package th.ita;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * ITA Online: the Integrity and Transparency Assessment of Thai public agencies, end to
 * end. Each top-level package below is one application module; see its
 * {@code package-info.java}.
 */
@SpringBootApplication
@Modulithic(systemName = "ITA Online", sharedModules = { "shared", "web" })
public class ItaApplication {

	public static void main(String[] args) {
		SpringApplication.run(ItaApplication.class, args);
	}

}
