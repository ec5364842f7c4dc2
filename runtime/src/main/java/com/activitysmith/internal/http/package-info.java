/** Internal: the OkHttp client, Retrofit and the interceptors that identify and track each attempt. */
package com.activitysmith.internal.http;
