package io.clientlens.app.admin;

/** RUNNING until the work ends; then DONE (whatever its issues) or FAILED (nothing was stored). */
public enum JobState {
    RUNNING, DONE, FAILED
}
