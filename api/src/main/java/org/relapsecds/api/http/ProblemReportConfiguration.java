package org.relapsecds.api.http;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.relapsecds.api.problem.ProblemWriter;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemReportValve} in the place of Tomcat's HTML error report. Boot adds its own
 * {@link ErrorReportValve} to the host (with {@code server.error.include-stacktrace=never}); this
 * customizer runs after Boot's, removes every error report valve from the host pipeline and adds
 * the problem one, and names its class as the host's error report valve so that Tomcat does not add
 * its default when the host starts.
 */
@Configuration(proxyBeanMethods = false)
class ProblemReportConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(
      ProblemWriter writer) {
    return new ValveCustomizer(writer);
  }

  private record ValveCustomizer(ProblemWriter writer)
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            Container host = context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
              if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
              }
            }
            pipeline.addValve(new ProblemReportValve(writer));
            if (host instanceof StandardHost standard) {
              standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
          });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
