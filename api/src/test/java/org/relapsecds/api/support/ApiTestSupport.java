package org.relapsecds.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one Spring context of the api tests: the whole service on a random port (MockMvc for speed,
 * real HTTP where the stack matters). Every test class extends this and adds no configuration of
 * its own, so the context starts once per test run.
 *
 * <p>Credentials: API key {@value #API_KEY} (SERVICE), API key {@value #CLINICIAN_API_KEY}
 * (CLINICIAN, SHA-256 hash), API key {@value #BCRYPT_API_KEY} (SERVICE, bcrypt hash), API key
 * {@value #AUDITOR_API_KEY} (AUDITOR, label {@code audit-office}), user {@code editor} / {@value
 * #EDITOR_PASSWORD} (RULE_EDITOR), user {@code clinician} / {@value #CLINICIAN_PASSWORD}
 * (CLINICIAN, bcrypt hash), and two more clinicians with that password for the login-throttling
 * tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // "./": H2 refuses a file path implicitly relative to the working directory
      "cds.data-directory=./target/test-data",
      "cds.security.bootstrap-api-key=" + ApiTestSupport.API_KEY,
      "cds.security.bootstrap-editor-password=" + ApiTestSupport.EDITOR_PASSWORD,
      "cds.security.users[0].username=clinician",
      "cds.security.users[0].password-hash=$2a$04$QE1FcJEMYEKJXMmNnSkIiu9Pi0fyPvFKrP/MaAfRVDD31d/7uPx8q",
      "cds.security.users[0].roles=CLINICIAN",
      // two more clinicians for the login-throttling tests, which block them
      "cds.security.users[1].username=" + ApiTestSupport.THROTTLED_USER,
      "cds.security.users[1].password-hash=$2a$04$QE1FcJEMYEKJXMmNnSkIiu9Pi0fyPvFKrP/MaAfRVDD31d/7uPx8q",
      "cds.security.users[1].roles=CLINICIAN",
      "cds.security.users[2].username=" + ApiTestSupport.RESET_USER,
      "cds.security.users[2].password-hash=$2a$04$QE1FcJEMYEKJXMmNnSkIiu9Pi0fyPvFKrP/MaAfRVDD31d/7uPx8q",
      "cds.security.users[2].roles=CLINICIAN",
      "cds.security.api-keys[0].name=ward-system",
      "cds.security.api-keys[0].hash=sha256:b9fb5a4202ea44f33aa2146d7dc326ca1553272792c6084c6268a468aae325fe",
      "cds.security.api-keys[0].roles=CLINICIAN",
      "cds.security.api-keys[1].name=lab-system",
      "cds.security.api-keys[1].hash=$2a$04$g2S8WTq87L9zuOfEkvoYKe45MjMvS2TJ.mJA3g1oayQnXF5n/qnNS",
      "cds.security.api-keys[2].name=audit-office",
      "cds.security.api-keys[2].hash=sha256:4b757dbf2a80635aa58493a3d99640445d25a375b85befb1ea3b7c3c55feabf8",
      "cds.security.api-keys[2].roles=AUDITOR",
      // CDS Hooks: one allow-listed client (keys in CdsClientKeys) and the test records' local
      // codes
      "cds.hooks.clients[0].issuer=https://ehr.test.example",
      "cds.hooks.clients[0].jwks-uri=file:${user.dir}/target/cds-hooks-test/jwks.json",
      "cds.hooks.clients[0].name=Test EHR",
      "cds.hooks.codes.marrow-blasts=http://lab.test/codes|BM-BLASTS",
      "cds.hooks.codes.mrd=http://lab.test/codes|BM-MRD",
      "cds.hooks.codes.t-lineage=http://lab.test/codes|T-ALL",
      "cds.hooks.codes.testis=http://snomed.info/sct|40689003",
      "cds.hooks.codes.cd19=http://lab.test/codes|CD19",
      "cds.hooks.codes.cd22=http://lab.test/codes|CD22",
      "cds.hooks.codes.cns-status=http://lab.test/codes|CNS-STATUS",
      "cds.hooks.codes.cns1=http://lab.test/codes|CNS1",
      "cds.hooks.codes.cns2=http://lab.test/codes|CNS2",
      "cds.hooks.codes.cns3=http://lab.test/codes|CNS3"
    })
@AutoConfigureMockMvc
public abstract class ApiTestSupport {
  public static final String API_KEY = "test-api-key";
  public static final String CLINICIAN_API_KEY = "clinician-key";
  public static final String AUDITOR_API_KEY = "auditor-key";
  public static final String BCRYPT_API_KEY = "service-key-2";
  public static final String EDITOR_PASSWORD = "test-editor-password";
  public static final String CLINICIAN_PASSWORD = "clinician-password";

  /** A clinician (password {@value #CLINICIAN_PASSWORD}) that the throttling tests block. */
  public static final String THROTTLED_USER = "throttled-clinician";

  /** A clinician (password {@value #CLINICIAN_PASSWORD}) whose failures a success resets. */
  public static final String RESET_USER = "reset-clinician";

  protected static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired protected MockMvc mvc;

  @LocalServerPort protected int port;

  /** The contract's example request. */
  public static String contractExample() {
    try (InputStream in =
        ApiTestSupport.class.getResourceAsStream("/org/relapsecds/api/contract-example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contract's example as a tree, to vary. */
  public static ObjectNode contractExampleTree() {
    return (ObjectNode) JSON.readTree(contractExample());
  }

  /** POST /api/v1/evaluations with the service API key. */
  protected ResultActions evaluate(String body) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post("/api/v1/evaluations")
            .header("X-API-Key", API_KEY)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
