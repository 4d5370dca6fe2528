package org.implantdhr.implant.entity;

/**
 * Where an implant stands on its way to the patient. Evaluations and signatures move it forward; a recall
 * can take a released implant back out of use (its certificate is revoked).
 */
public enum ImplantStatus { IN_PROCESS, READY_FOR_REVIEW, EVALUATED, RELEASED, REJECTED, RECALLED }
