/** The audit trail: every write to a record, by whom, when, and what changed. */
package org.defensor.audit;
