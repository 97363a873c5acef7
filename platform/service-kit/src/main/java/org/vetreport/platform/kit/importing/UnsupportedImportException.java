package org.vetreport.platform.kit.importing;

import org.vetreport.platform.kit.error.ApiException;

/** A file whose type or encoding an import cannot read. */
public class UnsupportedImportException extends ApiException {

    public UnsupportedImportException(String detail) {
        super(415, "Unsupported Media Type", detail);
    }
}
