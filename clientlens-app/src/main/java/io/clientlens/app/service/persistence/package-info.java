/** SQL of the service feature: the facts the task rules read, the tasks, service requests, campaigns and referrals. */
package io.clientlens.app.service.persistence;
