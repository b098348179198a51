/**
 * One clearance policy for every read: a Hibernate filter, enabled on every entity manager Spring
 * creates, that keeps out each row above the caller's clearance ({@link org.defensor.shared.Clearance#current()}).
 * Entities with a level carry {@code @Filter(name = ClearanceFilter.NAME)}; their parts and citation
 * lists carry the condition that reads the level of what they belong to or cite.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clearance")
@FilterDef(name = ClearanceFilter.NAME, applyToLoadByKey = true, defaultCondition = ClearanceFilter.READABLE,
        parameters = @ParamDef(name = ClearanceFilter.LEVEL, type = Integer.class, resolver = CallerLevel.class))
package org.defensor.clearance;

import org.defensor.clearance.internal.CallerLevel;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
