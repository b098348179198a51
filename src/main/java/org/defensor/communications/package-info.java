/**
 * Communications to States: letters drafted from incidents, sent, tracked against their reply
 * deadline, answered by the State question by question, assessed, and published with names redacted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communications")
package org.defensor.communications;
