package org.relapsecds.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_LONG_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every clinical scenario as a test: in-process against the bundled knowledge base, or against the
 * server named by {@code -Dcds.baseUrl} (see docs/acceptance-tests.md). Surefire counts each
 * scenario; the Cucumber reports go to {@code target/cucumber/}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ExcludeTags("wip")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.relapsecds.acceptance.steps")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value = "html:target/cucumber/cucumber.html, json:target/cucumber/cucumber.json")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
@ConfigurationParameter(
    key = JUNIT_PLATFORM_LONG_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME,
    value = "pickle")
class ClinicalScenariosTest {}
