/**
 * REST of the service feature under /api/v1 (docs/API.md): tasks, service requests, campaigns and referrals.
 * Request and response bodies are records; errors are RFC 9457 problem details naming the field. The signed-in
 * user comes from the bearer token; the services check the role and the scope.
 */
package io.clientlens.app.service.api;
