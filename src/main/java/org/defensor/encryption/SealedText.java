package org.defensor.encryption;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A text column sealed by {@link ColumnSeal}: {@code @Convert(converter = SealedText.class)} on the
 * attribute. Hibernate gets it from Spring, with the application's seal. Filtering, sorting or grouping
 * on such a column in SQL compares ciphertext: do it in the search index or in memory.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    private final ColumnSeal seal;

    public SealedText(ColumnSeal seal) {
        this.seal = seal;
    }

    @Override
    public String convertToDatabaseColumn(String text) {
        return seal.seal(text);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return seal.open(stored);
    }
}
