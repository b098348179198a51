/**
 * Full-text search with filters and counts over incidents, persons, organisations and sources,
 * the index's upkeep (rebuild), and the search benchmark.
 */
package org.defensor.search;
