package org.defensor.letters;

/** Wording of a fixed part of letters, or a question of the question bank. */
public enum TemplateKind {
    WORDING,
    QUESTION
}
