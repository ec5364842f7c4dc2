/**
 * A rate budget shared by every JVM that uses one API key, kept in Redis: {@link
 * com.activitysmith.budget.redis.RedisRequestBudget}.
 */
package com.activitysmith.budget.redis;
