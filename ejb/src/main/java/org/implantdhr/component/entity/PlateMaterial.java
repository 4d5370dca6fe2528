package org.implantdhr.component.entity;

/** What the separation plate between implant and soft tissue is made of. */
public enum PlateMaterial {
    POLYESTER,
    PTFE
}
