package th.ita.framework;

/**
 * A group of respondents of a survey instrument, e.g. EIT's service recipients or
 * schools.
 *
 * @param instrument IIT or EIT
 * @param code stable code, e.g. {@code SERVICE_RECIPIENT}
 * @param nameTh Thai name
 * @param nameEn English name
 */
public record RespondentGroup(Instrument instrument, String code, String nameTh, String nameEn) {
}
