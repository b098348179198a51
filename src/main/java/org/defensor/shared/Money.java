package org.defensor.shared;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in an ISO 4217 currency, e.g. a fine of KZT 393 200. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("an amount needs both a value and a currency");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code");
        }
    }

    public String display() {
        return currency + " " + String.format("%,.0f", amount).replace(',', ' ');
    }
}
