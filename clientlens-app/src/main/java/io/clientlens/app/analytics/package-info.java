/**
 * Analyses over stored classification runs for the dashboards: how customers moved between two runs,
 * how many customers of the latest run are in each custom segment, and masked target lists of a segment.
 * Every pass over the customers of a run streams rows from PostgreSQL; none holds a whole run in memory.
 */
package io.clientlens.app.analytics;
