/** The catalogue of UN Special Procedures mandates: titles, the Human Rights Council resolutions cited for each, holders and their terms. */
@org.springframework.modulith.ApplicationModule(displayName = "Mandates")
package org.defensor.mandates;
