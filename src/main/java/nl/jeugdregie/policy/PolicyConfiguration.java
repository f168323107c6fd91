package nl.jeugdregie.policy;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pack catalog as a bean: shipped packs plus those in {@code jeugdregie.policy-dir}, loaded
 * once at start.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

  @Bean
  PolicyCatalog policyCatalog(@Value("${jeugdregie.policy-dir:}") String policyDir) {
    return PolicyCatalog.load(policyDir.isBlank() ? null : Path.of(policyDir));
  }
}
