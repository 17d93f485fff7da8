/**
 * File-based batch segmentation: DuckDB (in-process) computes per-customer features from the
 * generic layout or Berka files, the core engine classifies, custom segments are applied, and the
 * results are written as Parquet and JSON Lines with a summary and a run record. Also the run
 * registry, migration matrices between runs and target lists.
 */
package io.clientlens.batch.segment;
