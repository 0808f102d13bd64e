package org.relapsecds.api.decisions;

import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.relapsecds.api.support.PostgresServer;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Fresh, migrated databases of both kinds the service supports, for the store tests. */
public final class Databases {
  private Databases() {}

  /** "h2" or "postgresql". */
  public static DataSource fresh(String kind) {
    DataSource dataSource =
        switch (kind) {
          case "h2" ->
              new DriverManagerDataSource(
                  "jdbc:h2:file:"
                      + Path.of("target", "test-db", UUID.randomUUID().toString()).toAbsolutePath()
                      + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                  "sa",
                  "");
          case "postgresql" ->
              new DriverManagerDataSource(
                  PostgresServer.get()
                      .newDatabase("t" + UUID.randomUUID().toString().replace("-", "")),
                  "postgres",
                  "");
          default -> throw new IllegalArgumentException(kind);
        };
    Flyway.configure().dataSource(dataSource).load().migrate();
    return dataSource;
  }
}
