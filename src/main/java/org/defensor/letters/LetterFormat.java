package org.defensor.letters;

/** The formats a letter is rendered in. */
public enum LetterFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    HTML("text/html;charset=UTF-8", "html");

    private final String mediaType;
    private final String extension;

    LetterFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
