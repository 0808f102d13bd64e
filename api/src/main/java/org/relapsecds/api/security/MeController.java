package org.relapsecds.api.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is, for the web UI. */
@RestController
@Tag(name = "Session")
class MeController {

  /**
   * The caller.
   *
   * @param username user name, or the API key's label
   * @param roles roles without prefix
   */
  record Me(String username, List<String> roles) {}

  @GetMapping("/api/v1/me")
  @Operation(operationId = "currentCaller", summary = "The authenticated caller and their roles")
  Me me(Authentication authentication) {
    return new Me(
        authentication.getName(),
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring(5))
            .sorted()
            .toList());
  }
}
