package org.defensor.clearance.internal;

import java.util.function.Supplier;
import org.defensor.shared.Clearance;

/** The clearance filter's {@code :level}: the current caller's clearance, read again for each query. */
public class CallerLevel implements Supplier<Integer> {
    @Override
    public Integer get() {
        return Clearance.current().ordinal();
    }
}
