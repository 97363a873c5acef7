package org.vetreport.report.render.pdf;

import org.vetreport.platform.kit.error.ApiException;

/**
 * No font with Chinese glyphs can be used for the PDF. A 500, not a 503: it is the deployment's configuration
 * that is wrong, retrying never helps (503 invites clients and gateways to retry), and the client did nothing
 * wrong. The detail names the property that fixes it, and the other formats keep working.
 */
public class PdfFontUnavailableException extends ApiException {

    public PdfFontUnavailableException(String detail) {
        super(500, "No font for the PDF", detail);
    }
}
