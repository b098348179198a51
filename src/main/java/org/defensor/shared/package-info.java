/** Value types shared by every module: dates of uncertain precision, places, money, durations, confidentiality. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.defensor.shared;
