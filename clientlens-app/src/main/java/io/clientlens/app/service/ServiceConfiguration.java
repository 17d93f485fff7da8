package io.clientlens.app.service;

import io.clientlens.batch.policy.ServicePolicyYaml;
import io.clientlens.service.AmlReviewsDue;
import io.clientlens.service.ServicePolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * The service section of the policy in force, and the AML port. Until the AML module provides a bean
 * implementing {@link AmlReviewsDue}, the stand-in {@link AmlReviewsDue#NONE} answers that no review is due
 * (docs/SERVICE.md "AML reviews").
 */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean
    ServicePolicy servicePolicy(@Value("${clientlens.policy-file:}") String policyFile) {
        return policyFile.isBlank() ? ServicePolicyYaml.defaults() : ServicePolicyYaml.load(Path.of(policyFile));
    }

    @Bean
    @ConditionalOnMissingBean(AmlReviewsDue.class)
    AmlReviewsDue noAmlReviewsYet() {
        return AmlReviewsDue.NONE;
    }
}
