package th.ita.integrity.domain;

/** The channels through which corruption complaints arrive. */
public enum ComplaintChannel {

	WEBSITE, EMAIL, PHONE, LETTER, IN_PERSON, SOCIAL_MEDIA, DAMRONGDHAM_CENTRE, OTHER

}
