package com.activitysmith.generator.dsl.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the writer needs: every type's chain in every phase, plus the request keys each
 * payload's record accepts.
 *
 * @param chains per phase, the chains in spec type order
 * @param requestKeys per request schema, the request-level keys it accepts
 * @param specTitle the spec's title and version, for {@code @Generated} comments
 */
public record DslModel(Map<PhaseBinding, List<Chain>> chains, Map<String, List<String>> requestKeys, String specTitle) {}
