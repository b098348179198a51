package org.defensor.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ColumnSealTests {

    private final ColumnKeyset keys = ColumnKeyset.generate();
    private final ColumnSeal seal = new ColumnSeal(true, keys);

    @Test
    void aSealedValueOpensToTheSameTextWhateverItsScript() {
        for (String text : new String[] {"Zhanar Sekerbayeva", "Жанар Секербаева, правозащитница",
                "Қазақстан Республикасы, Алматы қаласы: әділет, өңір, ұйым, үй", "emoji 🕊️ and \u0000 nul", "", "x".repeat(50_000)}) {
            String sealed = seal.seal(text);
            assertThat(sealed).startsWith(ColumnSeal.PREFIX).doesNotContain(text.isEmpty() ? ColumnSeal.PREFIX + "x" : text);
            assertThat(seal.open(sealed)).isEqualTo(text);
            // Fits the widened column: 4 characters per character and 100 more (V21).
            assertThat(sealed.length()).isLessThanOrEqualTo(4 * text.length() + 100);
        }
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        assertThat(seal.seal("the same")).isNotEqualTo(seal.seal("the same"));
    }

    @Test
    void nullStaysNull() {
        assertThat(seal.seal(null)).isNull();
        assertThat(seal.open(null)).isNull();
    }

    @Test
    void aValueStoredBeforeSealingIsReadAsItIs() {
        assertThat(seal.open("written before sealing, Алматы")).isEqualTo("written before sealing, Алматы");
        assertThat(seal.open("")).isEmpty();
    }

    @Test
    void anAlteredSealedValueIsRefusedWithAClearError() {
        String sealed = seal.seal("Confidential witness");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(ColumnSeal.PREFIX.length()));
        bytes[bytes.length - 1] ^= 1;
        String flipped = ColumnSeal.PREFIX + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> seal.open(flipped)).isInstanceOf(EncryptionException.class)
                .hasMessageContaining("does not open with the column keys").hasMessageContaining("altered");
        assertThatThrownBy(() -> seal.open(ColumnSeal.PREFIX + "not*base64")).isInstanceOf(EncryptionException.class)
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> seal.open(sealed.substring(0, sealed.length() - 8))).isInstanceOf(EncryptionException.class);
        assertThatThrownBy(() -> new ColumnSeal(true, ColumnKeyset.generate()).open(sealed)).isInstanceOf(EncryptionException.class)
                .hasMessageContaining("sealed with other keys");
    }

    @Test
    void afterARotationNewValuesUseTheNewKeyAndOldOnesStillOpen() {
        String before = seal.seal("sealed before the rotation");
        ColumnKeyset rotated = keys.rotate();
        seal.use(rotated);
        assertThat(rotated.size()).isEqualTo(2);
        assertThat(rotated.primaryId()).isNotEqualTo(keys.primaryId());
        String after = seal.seal("sealed after the rotation");
        assertThat(seal.open(before)).isEqualTo("sealed before the rotation");
        assertThat(seal.open(after)).isEqualTo("sealed after the rotation");
        assertThatThrownBy(() -> new ColumnSeal(true, keys).open(after)).isInstanceOf(EncryptionException.class);
    }

    @Test
    void whenSealingIsOffTextIsStoredAsItIsAndSealedValuesStillOpen() {
        String sealed = seal.seal("sealed while on");
        ColumnSeal off = new ColumnSeal(false, keys);
        assertThat(off.seal("plain while off")).isEqualTo("plain while off");
        assertThat(off.open(sealed)).isEqualTo("sealed while on");
        // A text that would read as sealed is sealed all the same, so that it reads back as written.
        assertThat(off.open(off.seal("dfs1:typed by someone"))).isEqualTo("dfs1:typed by someone");
        ColumnSeal noKeys = new ColumnSeal(false, null);
        assertThat(noKeys.seal("plain")).isEqualTo("plain");
        assertThatThrownBy(() -> noKeys.open(sealed)).isInstanceOf(EncryptionException.class).hasMessageContaining("no column keys");
    }

    @Test
    void theKeysAreStoredWrappedByTheMasterKeyAndRefuseAnotherOne() {
        MasterKey master = MasterKey.generate();
        String stored = keys.wrap(master);
        assertThat(stored).contains(ColumnKeyset.FORMAT);
        String sealed = seal.seal("kept in the database");
        assertThat(new ColumnSeal(true, ColumnKeyset.unwrap(stored, master)).open(sealed)).isEqualTo("kept in the database");
        assertThatThrownBy(() -> ColumnKeyset.unwrap(stored, MasterKey.generate())).isInstanceOf(EncryptionException.class)
                .hasMessageContaining("the master key does not open the database's column keys");
    }
}
