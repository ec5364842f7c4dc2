/** Internal: the checks a request passes before anything is sent. */
package com.activitysmith.internal.validation;
