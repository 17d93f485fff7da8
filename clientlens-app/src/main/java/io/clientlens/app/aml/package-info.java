/**
 * Anti-money laundering in the application (docs/AML.md): the transaction-monitoring runs over the database
 * ({@link io.clientlens.app.aml.TransactionMonitoring}), the alerts they raise ({@link io.clientlens.app.aml.AlertQueries}),
 * and their persistence and REST adapters in the sub-packages. Services return typed records and sealed outcomes and
 * throw no web exceptions; the REST and CLI edges translate.
 */
package io.clientlens.app.aml;
