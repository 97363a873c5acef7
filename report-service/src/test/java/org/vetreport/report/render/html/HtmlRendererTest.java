package org.vetreport.report.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Block.Paragraph;
import org.vetreport.report.document.Block.Table;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.Section;
import org.vetreport.report.render.SampleDocuments;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void pageIsWellFormedXhtmlWithTheNumberedHeadingsAtTheirLevels() throws Exception {
        Document page = parse(renderer.render(SampleDocuments.sample(null)));
        assertThat(texts(page, "//*[local-name()='h1']")).containsExactly("一、学校情况", "六、政策保障");
        assertThat(texts(page, "//*[local-name()='h2']")).containsExactly("（一）学校概况", "（二）学生情况", "（三）教师队伍");
        assertThat(texts(page, "//*[local-name()='h3']")).containsExactly("1.在校生结构");
        assertThat(texts(page, "//*[local-name()='nav']//*[local-name()='a']")).hasSize(6).startsWith("一、学校情况");
    }

    @Test
    void tableHasItsCaptionHeaderRowAndBody() throws Exception {
        Document page = parse(renderer.render(SampleDocuments.sample(null)));
        assertThat(texts(page, "//*[local-name()='table']//*[local-name()='th']"))
                .containsExactly("指标", "2019年", "2020年", "变化");
        assertThat(texts(page, "//*[local-name()='tbody']/*[local-name()='tr']")).hasSize(3);
        assertThat(texts(page, "//*[@class='table-caption']")).containsExactly("表1　学生发展主要指标");
    }

    @Test
    void everyChartIsAnInlineSvgAndTheImageADataUri() throws Exception {
        Document page = parse(renderer.render(SampleDocuments.sample(null)));
        assertThat(texts(page, "//*[local-name()='svg']")).hasSize(3);
        // the line chart: two series, the graduates' line broken where 2018 is missing
        assertThat(count(page, "(//*[local-name()='svg'])[1]//*[local-name()='polyline']")).isEqualTo(3);
        assertThat(count(page, "(//*[local-name()='svg'])[2]//*[local-name()='rect']")).isEqualTo(8 + 2);
        assertThat(count(page, "(//*[local-name()='svg'])[3]//*[local-name()='path']")).isEqualTo(3);
        assertThat(texts(page, "(//*[local-name()='svg'])[3]//*[local-name()='text']")).contains("91%", "财政补助");
        assertThat(texts(page, "//*[local-name()='figcaption']")).containsExactly("图1　近五年招生人数",
                "图2　专任教师职称结构", "图3　学校收入结构", "图4　案例：校企合作实训基地");
        String src = (String) XPathFactory.newInstance().newXPath()
                .evaluate("string(//*[local-name()='img']/@src)", page, XPathConstants.STRING);
        assertThat(src).startsWith("data:image/png;base64,iVBOR");
        assertThat(new String(renderer.render(SampleDocuments.sample(null)), StandardCharsets.UTF_8))
                .doesNotContain("src=\"http", "href=\"http", "<link");
    }

    @Test
    void figuresNameTheirIndicatorsAndChineseTextIsIntact() throws Exception {
        Document page = parse(renderer.render(SampleDocuments.sample(null)));
        assertThat(texts(page, "//*[@data-indicator='students.enrolled']")).containsExactly("6324");
        assertThat(texts(page, "//*[local-name()='main']//*[local-name()='p']"))
                .contains("学校现有全日制在校生6324人，男女生比例1.76:1；2020年新生招生数为1774人，比上年增长537人。巩固率保持在99%以上。");
        assertThat(texts(page, "//*[@class='cover-line']")).contains("版　　本：草稿");
    }

    @Test
    void textIsEscapedSoEditorInputCannotInjectMarkup() throws Exception {
        ReportDocument sample = SampleDocuments.sample(1);
        Section hostile = new Section("9", "9", "<b>标题</b> & \"引号\"", 1, List.of(
                Paragraph.of("<script>alert('x')</script> A&B"),
                new Table("<i>表</i>", List.of("a<b"), List.of(List.of("c>d")))), List.of());
        ReportDocument document = new ReportDocument(sample.titlePage(), List.of(hostile), 1, sample.generatedAt());
        byte[] html = renderer.render(document);
        assertThat(new String(html, StandardCharsets.UTF_8)).doesNotContain("<script>", "<b>标题", "<i>表");
        Document page = parse(html);
        assertThat(texts(page, "//*[local-name()='h1']")).containsExactly("九、<b>标题</b> & \"引号\"");
        assertThat(texts(page, "//*[local-name()='main']//*[local-name()='p']"))
                .contains("<script>alert('x')</script> A&B");
        assertThat(texts(page, "//*[local-name()='td']")).containsExactly("c>d");
    }

    private static Document parse(byte[] html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    private static List<String> texts(Document page, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int count(Document page, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET))
                .getLength();
    }
}
