package th.ita.integrity;

/**
 * An agency's emblem (ตราสัญลักษณ์) for its documents: PNG or JPEG, type checked by
 * content.
 *
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param bytes the image
 */
public record Emblem(String contentType, byte[] bytes) {
}
