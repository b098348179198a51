/**
 * Recommendations made to States (UPR, treaty bodies, Special Procedures, NGOs): the State's position,
 * assessments of their implementation over time and the records that show it (incidents, proceedings,
 * decisions, sources, communications, replies), each link at least as confidential as what it links.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendations")
package org.defensor.recommendations;
