package org.implantdhr.rules;

/** The versions a decision is pinned to (REC-VERSIONS). */
public record DecisionVersions(
        String specificationCode, String specificationVersion, String ruleSetVersion) {}
