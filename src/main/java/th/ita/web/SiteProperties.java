package th.ita.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this installation of ITA Online, as the footer, the contact page and the
 * privacy notice name them ({@code ita.site.*}). The defaults are placeholders: every
 * deployment sets its own controller, address and mailboxes.
 *
 * @param ownerTh the data controller (the agency running the service), in Thai
 * @param ownerEn the same in English
 * @param addressTh postal address in Thai, or empty
 * @param addressEn postal address in English, or empty
 * @param phone telephone, or empty
 * @param email general contact mailbox
 * @param dpoEmail the data protection officer's mailbox
 * @param securityEmail where to report vulnerabilities
 */
@ConfigurationProperties("ita.site")
public record SiteProperties(@DefaultValue("ผู้ให้บริการระบบ ITA Online") String ownerTh,
		@DefaultValue("The ITA Online service operator") String ownerEn, @DefaultValue("") String addressTh,
		@DefaultValue("") String addressEn, @DefaultValue("") String phone,
		@DefaultValue("ita-online@example.org") String email, @DefaultValue("dpo@example.org") String dpoEmail,
		@DefaultValue("security@example.org") String securityEmail) {

	/** The controller's name in the given language ("en" or Thai). */
	public String owner(String language) {
		return "en".equals(language) ? this.ownerEn : this.ownerTh;
	}

	/** The postal address in the given language ("en" or Thai). */
	public String address(String language) {
		return "en".equals(language) ? this.addressEn : this.addressTh;
	}

}
