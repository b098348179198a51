package org.defensor.security.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not only spaces, and not
 * one of the 20,000 most common passwords (security/common-passwords.txt, see its NOTICE). Returns
 * the reason of each rule it breaks, empty when it is acceptable.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 1000;

    private final PasswordValidator length = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH));
    private final PasswordValidator common;

    PasswordPolicy() {
        try (Reader list = new InputStreamReader(Objects.requireNonNull(
                PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")), StandardCharsets.UTF_8)) {
            ArrayWordList words = WordLists.createFromReader(new Reader[] {list}, false, new ArraysSort());
            common = new PasswordValidator(new DictionaryRule(new WordListDictionary(words)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> violations(String password) {
        List<String> reasons = new ArrayList<>();
        String given = password == null ? "" : password;
        for (var broken : length.validate(new PasswordData(given)).getDetails()) {
            reasons.add(LengthRule.ERROR_CODE_MIN.equals(broken.getErrorCode())
                    ? "must have at least " + MIN_LENGTH + " characters" : "must have at most " + MAX_LENGTH + " characters");
        }
        if (!given.isEmpty() && given.isBlank()) {
            reasons.add("must not be only spaces");
        }
        if (!given.isBlank() && !common.validate(new PasswordData(given.strip())).isValid()) {
            reasons.add("is one of the 20,000 most common passwords; choose another");
        }
        return reasons;
    }
}
