package org.defensor.communications;

import org.defensor.shared.Vocabulary;

/** The kinds of Special Procedures communication; the J- kinds are the older names of joint ones. */
public enum CommunicationType implements Vocabulary {
    AL("Allegation letter"),
    UA("Urgent appeal"),
    OL("Other letter"),
    JAL("Joint allegation letter"),
    JUA("Joint urgent appeal"),
    JOL("Joint other letter");

    private final String label;

    CommunicationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
