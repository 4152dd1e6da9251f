package th.ita.documents.render;

/**
 * A generated document: the file name offered for download, its media type and bytes.
 *
 * @param fileName e.g. {@code ita-scorecard-2567-1001.pdf}
 * @param contentType the media type
 * @param bytes the file
 */
public record DocumentFile(String fileName, String contentType, byte[] bytes) {

	public static final String PDF = "application/pdf";

}
