/**
 * The RM's working day (docs/SERVICE.md): tasks and reminders computed from the classes and the records staff
 * keep, the workbench, service requests dispatched by class, campaigns and referrals. A feature package: its
 * services here return typed records and sealed outcomes and throw only this package's exceptions; persistence,
 * REST ({@code api}) and pages ({@code web}) are its sub-packages. The rules themselves are pure, in
 * {@code io.clientlens.service} (core).
 */
package io.clientlens.app.service;
