/**
 * Serving customers by class (docs/SERVICE.md): the relationship manager's tasks and reminders, contact
 * plans, dispatch and escalation of service requests, campaign measures and referrals.
 *
 * <p>Every rule is a small pure function from a customer's {@link io.clientlens.service.ServiceFacts}, the
 * business date and the {@link io.clientlens.service.ServicePolicy} to the tasks that are due, each with the
 * inputs it used, the rule that fired and the reason in Chinese and English. Nothing here reads a database
 * or a clock: the application gathers the facts and passes the time.
 */
package io.clientlens.service;
