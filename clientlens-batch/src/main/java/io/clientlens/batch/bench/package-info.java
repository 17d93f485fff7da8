/** The segment benchmark: the full segment run against the plain DuckDB SQL an analyst would write. */
package io.clientlens.batch.bench;
