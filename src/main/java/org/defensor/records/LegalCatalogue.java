package org.defensor.records;

import java.util.List;
import java.util.Optional;

/** The catalogue of legal provisions acts and proceedings are qualified against. */
public interface LegalCatalogue {

    List<ProvisionData> provisions();

    Optional<ProvisionData> provision(String code);
}
