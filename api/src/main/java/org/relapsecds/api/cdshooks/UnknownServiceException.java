package org.relapsecds.api.cdshooks;

/** No CDS service has this id: 404. */
class UnknownServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnknownServiceException(String id) {
    super("There is no CDS service '" + id + "'; GET /cds-services lists them.");
  }
}
