/**
 * Records of what happened to human rights defenders and what the State did about it: persons,
 * organisations, sources, incidents with their acts and proceedings, and the legal provisions acts
 * are qualified against. The public API is the services and the {@code *Data} records here.
 */
package org.defensor.records;
