package io.clientlens.app.config;

import io.clientlens.batch.policy.PolicyYaml;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.policy.Policy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** The policy in force: the file given with {@code --policy}, or the one shipped with ClientLens. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    Policy policy(@Value("${clientlens.policy-file:}") String policyFile) {
        return policyFile.isBlank() ? PolicyYaml.defaults() : PolicyYaml.load(Path.of(policyFile));
    }

    @Bean
    ClassificationEngine classificationEngine(Policy policy) {
        return new ClassificationEngine(policy);
    }
}
