package org.defensor.records;

/**
 * A provision of the legal catalogue. The code is stable and is what acts refer to:
 * "ICCPR:21", "CCPR/C/GC/37:71", "KAZ-CAO:489(9)".
 */
public record ProvisionData(
        String code, String instrumentCode, String instrument, InstrumentKind kind, String article,
        String paragraph, String part, String title, String citation) {}
