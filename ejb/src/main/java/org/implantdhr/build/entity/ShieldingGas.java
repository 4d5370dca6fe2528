package org.implantdhr.build.entity;

/**
 * The gas that fills the build chamber. Titanium is built under argon (nitrogen reacts with it).
 */
public enum ShieldingGas {
    ARGON,
    NITROGEN
}
