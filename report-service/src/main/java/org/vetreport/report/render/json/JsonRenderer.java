package org.vetreport.report.render.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.springframework.stereotype.Component;
import org.vetreport.report.document.Block;
import org.vetreport.report.document.DocumentRenderer;
import org.vetreport.report.document.ReportDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole document as JSON for the front-end: sections with their blocks, each block named by a {@code type}
 * (paragraph, table, chart, image), every figure run naming its indicator, images as base64. Records serialise
 * their components in declaration order, so the same document always gives the same bytes.
 */
@Component
class JsonRenderer implements DocumentRenderer {

    private final JsonMapper json;

    JsonRenderer(JsonMapper json) {
        // the document model stays free of JSON annotations; the block's kind is added here, where JSON is made
        this.json = json.rebuild().addMixIn(Block.class, BlockKinds.class).build();
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public byte[] render(ReportDocument document) {
        return json.writeValueAsBytes(document);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
            @JsonSubTypes.Type(value = Block.Chart.class, name = "chart"),
            @JsonSubTypes.Type(value = Block.Image.class, name = "image")})
    private interface BlockKinds {
    }
}
