/** Support for the DSL's generated and hand-written chains; not an API, may change at any time. */
package com.activitysmith.dsl.internal;
