/**
 * The whole dataset as one JSON document: export, import (all or nothing, or good records only on
 * request), the demo data, and generated synthetic data for benchmarks.
 */
package org.defensor.dataset;
