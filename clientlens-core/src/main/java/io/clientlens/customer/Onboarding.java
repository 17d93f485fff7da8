package io.clientlens.customer;

/** How the relationship was opened: face to face at a branch (面对面) or not (电话、网上等非面对面). */
public enum Onboarding {
    FACE_TO_FACE,
    NON_FACE_TO_FACE
}
