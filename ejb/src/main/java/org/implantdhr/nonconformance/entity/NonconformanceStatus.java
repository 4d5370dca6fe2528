package org.implantdhr.nonconformance.entity;

public enum NonconformanceStatus {
    OPEN,
    CLOSED
}
