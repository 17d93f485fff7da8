/**
 * The segment run on Apache Spark (docs/SCALING.md): the feature SQL every engine shares in Spark SQL,
 * the core rules inside mapPartitions, the same outputs, summary and run record as the DuckDB path.
 */
package io.clientlens.spark;
