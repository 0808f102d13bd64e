package org.relapsecds.api.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_LONG_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import java.net.URI;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.relapsecds.acceptance.evaluation.Evaluators;
import org.relapsecds.acceptance.evaluation.HttpCaseEvaluator;
import org.relapsecds.api.it.ExecutableJarServer;

/**
 * The acceptance scenarios of the acceptance-tests module, run over HTTP against the real
 * executable jar (started once per test JVM by {@link ExecutableJarServer}), authenticated with the
 * bootstrap API key. Failsafe counts each scenario; the Cucumber reports go to {@code
 * api/target/cucumber-http/}. Scenarios tagged {@code @http-only} run here and only here.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ExcludeTags("wip")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.relapsecds.acceptance.steps")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value = "html:target/cucumber-http/cucumber.html, json:target/cucumber-http/cucumber.json")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
@ConfigurationParameter(
    key = JUNIT_PLATFORM_LONG_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME,
    value = "pickle")
class AcceptanceOverHttpIT {
  @BeforeSuite
  static void pointTheScenariosAtTheServer() {
    ExecutableJarServer server = ExecutableJarServer.get();
    Evaluators.setDefault(
        HttpCaseEvaluator.withApiKey(URI.create(server.baseUrl()), server.apiKey()));
  }
}
