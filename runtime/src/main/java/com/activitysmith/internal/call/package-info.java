/** Internal: the single path every API request takes, from validation to a result or an exception. */
package com.activitysmith.internal.call;
