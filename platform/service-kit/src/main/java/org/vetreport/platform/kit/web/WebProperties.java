package org.vetreport.platform.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Web limits of every service ({@code platform.web.*}).
 *
 * @param maxBodySize   the largest request body of an ordinary API call
 * @param maxImportSize the largest request body of a bulk import ({@code POST .../<resource>:import})
 */
@ConfigurationProperties("platform.web")
public record WebProperties(DataSize maxBodySize, DataSize maxImportSize) {

    public WebProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(100) : maxImportSize;
    }
}
