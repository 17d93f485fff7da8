/**
 * Files in and out without Spring or a database: importers deliver what they read to a
 * {@link io.clientlens.bank.BankDataSink} and return an {@link io.clientlens.batch.ImportSummary}.
 */
package io.clientlens.batch;
