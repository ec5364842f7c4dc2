/** The rate budget: the default local buckets and the gate every request passes before it is sent. */
package com.activitysmith.internal.budget;
