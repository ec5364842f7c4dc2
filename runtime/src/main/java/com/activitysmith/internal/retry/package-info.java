/** Internal: the retry engine, its decisions and its waits. */
package com.activitysmith.internal.retry;
