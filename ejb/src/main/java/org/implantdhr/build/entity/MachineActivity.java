package org.implantdhr.build.entity;

/** What a person is qualified to do on a machine (ISO/ASTM 52904 roles). */
public enum MachineActivity {
    OPERATOR,
    PROGRAMMER
}
