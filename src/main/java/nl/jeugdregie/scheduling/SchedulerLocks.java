package nl.jeugdregie.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The lock every {@code @Scheduled} job takes with {@code @SchedulerLock}: a row per job in {@code
 * scheduling.shedlock}, taken and released with the database's clock, so instances whose clocks
 * differ still agree on when a lock has run out. A job whose instance dies keeps its lock until its
 * {@code lockAtMostFor} (default 30 minutes) has passed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName("scheduling.shedlock")
            .usingDbTime()
            .build());
  }
}
