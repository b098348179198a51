/** Letters to States: the wording templates an admin edits, and rendering a letter as DOCX, PDF or HTML. */
@org.springframework.modulith.ApplicationModule(displayName = "Letters")
package org.defensor.letters;
