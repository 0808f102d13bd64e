package org.relapsecds.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.relapsecds.api.security.OwnerOnlyFiles;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded database holds the decision log (case facts are health data) and the audit trail, so
 * its folder is the owner's alone ({@code 700}) before H2 creates a file in it: H2 writes its files
 * with the process's umask, often world-readable. Runs before any bean, and so before the first
 * connection.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFolderConfiguration {

  @Bean
  static BeanFactoryPostProcessor ownerOnlyDatabaseFolder(Environment environment) {
    return beanFactory -> {
      Path folder = OwnerOnlyFiles.h2Folder(environment.getProperty("spring.datasource.url"));
      if (folder == null) {
        return; // PostgreSQL or another server keeps its own files
      }
      try {
        OwnerOnlyFiles.ensureFolder(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make the database folder owner-only: " + folder, e);
      }
    };
  }
}
