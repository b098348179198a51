/** What every web adapter shares: problem details for API errors, the page layout, paging. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.defensor.web;
