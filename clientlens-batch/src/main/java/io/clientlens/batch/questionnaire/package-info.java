/**
 * Files of the suitability chain: questionnaire definitions (JSON, the shipped defaults in zh and
 * en), answer sheets and the product catalogue CSV. Each reader reports every problem with its
 * path or line; nothing half-read is returned.
 */
package io.clientlens.batch.questionnaire;
