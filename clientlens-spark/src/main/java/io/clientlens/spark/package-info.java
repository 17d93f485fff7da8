/**
 * The segment run on Apache Spark (docs/SCALING.md): the feature SQL every engine shares in Spark SQL,
 * the core rules inside mapPartitions, the same outputs, summary and run record as the DuckDB path, and
 * transaction monitoring with the rule SQL every engine shares, its decisions in the partitions and the same
 * alerts.jsonl.
 */
package io.clientlens.spark;
