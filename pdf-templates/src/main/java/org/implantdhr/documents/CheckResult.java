package org.implantdhr.documents;

public enum CheckResult {
    PASS,
    PASS_UNDER_CONCESSION,
    NOT_APPLICABLE,
    FAIL
}
