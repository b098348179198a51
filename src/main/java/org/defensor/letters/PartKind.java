package org.defensor.letters;

/** The standard structure of a communication, in the order the parts appear. */
public enum PartKind {
    /** "Mandates of ..." */
    MANDATES,
    REFERENCE,
    DATE,
    SALUTATION,
    /** Capacities and the Human Rights Council resolutions. */
    CAPACITIES,
    /** Earlier communications and the dates of the State's replies. */
    PREVIOUS,
    /** What the letter is about, in a sentence or two. */
    SUMMARY,
    /** The facts, one part per incident, in date order; the heading names the incident. */
    FACTS,
    CONCERNS,
    /** Numbered questions, one paragraph each. */
    QUESTIONS,
    /** The 60-day and publication paragraph. */
    REPLY_WINDOW,
    CLOSING,
    /** One paragraph per signatory: name, a line break, title. */
    SIGNATURES,
    /** The annex of international law; the heading names the instrument or theme. */
    ANNEX
}
