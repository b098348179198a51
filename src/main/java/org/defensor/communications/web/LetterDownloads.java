package org.defensor.communications.web;

import java.util.Locale;
import org.defensor.letters.LetterFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A rendered letter as an HTTP download named after its reference. */
final class LetterDownloads {

    private LetterDownloads() {}

    static LetterFormat format(String name) {
        try {
            return LetterFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.defensor.shared.InvalidRecordException("format", "must be docx, pdf or html");
        }
    }

    static ResponseEntity<byte[]> of(byte[] body, String reference, LetterFormat format, boolean attachment) {
        String file = reference.replaceAll("[^A-Za-z0-9]+", "-") + "." + format.extension();
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(file).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
