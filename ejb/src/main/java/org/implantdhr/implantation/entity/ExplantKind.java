package org.implantdhr.implantation.entity;

/**
 * How an implantation ended: the implant taken out without a replacement, or replaced by another
 * one (a revision).
 */
public enum ExplantKind {
    EXPLANT,
    REVISION;

    ImplantationStatus endsAs() {
        return this == EXPLANT ? ImplantationStatus.EXPLANTED : ImplantationStatus.REVISED;
    }
}
