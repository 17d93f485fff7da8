/**
 * The bank's staff as they act in ClientLens: the one {@link io.clientlens.staff.Role} each user has (stored by its
 * code, docs/SECURITY.md) and the {@link io.clientlens.staff.Actor} every chain records. What a role may do is decided
 * by the chain (the suitability actions, the needs register's rules) and, for the application, its capability table.
 */
package io.clientlens.staff;
