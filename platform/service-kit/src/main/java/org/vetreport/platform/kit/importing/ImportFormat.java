package org.vetreport.platform.kit.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The file types an import reads, named by the request's {@code Content-Type}. */
public enum ImportFormat {
    JSON("application/json", "a JSON array of objects"),
    NDJSON("application/x-ndjson", "one JSON object per line"),
    CSV("text/csv", "comma-separated values in UTF-8, with or without BOM, the first row naming the columns"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "an Excel workbook whose first sheet has the column names in its first row");

    private final String mediaType;
    private final String description;

    ImportFormat(String mediaType, String description) {
        this.mediaType = mediaType;
        this.description = description;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ImportFormat of(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type != null) {
            String essence = type.getType() + "/" + type.getSubtype();
            for (ImportFormat format : values()) {
                if (format.mediaType.equals(essence)) {
                    checkCharset(format, type.getCharset());
                    return format;
                }
            }
            if (essence.equals("application/jsonl") || essence.equals("application/x-jsonlines")) {
                return NDJSON;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (ImportFormat format : values()) {
            accepted.append("; ").append(format.mediaType).append(" (").append(format.description).append(')');
        }
        throw new UnsupportedImportException("cannot import Content-Type '" + contentType + "'. Accepted"
                + accepted.substring(1));
    }

    private static void checkCharset(ImportFormat format, Charset charset) {
        if (charset != null && !charset.equals(StandardCharsets.UTF_8) && format != XLSX) {
            throw new UnsupportedImportException("imports are read as UTF-8, but the request says charset="
                    + charset.name() + "; save the file as UTF-8 (in Excel: \"CSV UTF-8\") and send it again");
        }
    }
}
