package org.defensor.clearance;

import org.defensor.shared.Clearance;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The clearance policy in the search index: every indexed record's document carries its level in
 * {@link #FIELD}, and every index query (search, record lists) must carry {@link #readable}, the
 * index's counterpart of the clearance filter, so that nothing above the caller's level is found,
 * counted or listed. The index itself holds every record whatever its level.
 */
public final class IndexClearance {
    private IndexClearance() {}

    /** The keyword field holding a document's {@code Confidentiality} by name. */
    public static final String FIELD = "confidentiality";

    /** The documents the current caller may read: those whose level is one of {@code Clearance.readable()}. */
    public static PredicateFinalStep readable(SearchPredicateFactory f) {
        return f.terms().field(FIELD).matchingAny(Clearance.readable().stream().map(Enum::name).toList(), ValueModel.INDEX);
    }
}
