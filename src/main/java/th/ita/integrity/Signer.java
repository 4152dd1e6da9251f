package th.ita.integrity;

import org.jspecify.annotations.Nullable;

/**
 * The agency's executive who signs every announcement, from the one executive record of
 * the agency, so the name reads the same in every document.
 *
 * @param nameTh full name in Thai, with title, e.g. นายศักดิ์ดา ชัยภักดิ์
 * @param positionTh position in Thai, e.g.
 * ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น
 * @param nameEn full name in English, if given
 * @param positionEn position in English, if given
 */
public record Signer(String nameTh, String positionTh, @Nullable String nameEn, @Nullable String positionEn) {
}
