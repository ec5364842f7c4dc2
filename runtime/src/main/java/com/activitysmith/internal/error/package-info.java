/** Internal: error responses to typed exceptions, and keeping the key out of every text. */
package com.activitysmith.internal.error;
