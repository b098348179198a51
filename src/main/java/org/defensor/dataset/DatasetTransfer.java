package org.defensor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Export and import of the whole dataset. */
public interface DatasetTransfer {

    Dataset export();

    void export(OutputStream out) throws IOException;

    /** Reads a dataset document; bad JSON or bad values fail with the line, column and field. */
    Dataset read(InputStream in, String name) throws IOException;

    /**
     * Imports a dataset. With {@code partial} false, any bad record means nothing is written and
     * every bad record is reported; with {@code partial} true the good ones go in and each bad
     * one is reported.
     */
    ImportReport importDataset(Dataset dataset, boolean partial);

    /** Realistic random records for benchmarks; the same seed gives the same records. */
    Dataset synthetic(int incidents, long seed);
}
