package th.ita.planning.rest;

import java.time.Duration;

import th.ita.planning.domain.ImageQueries.ImageFile;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How an evidence image is served: its checked type, {@code nosniff}, inline. */
public final class PlanningImages {

	private PlanningImages() {
	}

	public static ResponseEntity<byte[]> response(ImageFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", "inline")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(file.bytes());
	}

}
