package org.implantdhr.implantation.entity;

/** How much of the sternum the resection took, part of the resection's extent. */
public enum SternumResection {
    NONE,
    PARTIAL,
    TOTAL
}
