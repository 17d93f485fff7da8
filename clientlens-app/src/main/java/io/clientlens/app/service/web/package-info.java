/**
 * Pages of the service feature: the workbench (the home of RMs, sales staff and supervisors), tasks, service
 * requests, campaigns and referrals. zh and en from messages-service; no inline script (the CSP allows scripts from
 * 'self' only); customers' names masked.
 */
package io.clientlens.app.service.web;
