package org.implantdhr.inspection.entity;

/** The file format the instrument exported its results in. */
public enum ResultsFormat {
    CSV,
    QIF
}
