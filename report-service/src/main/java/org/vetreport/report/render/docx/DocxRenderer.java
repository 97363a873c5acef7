package org.vetreport.report.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.springframework.stereotype.Component;
import org.vetreport.report.document.Block;
import org.vetreport.report.document.Block.Chart;
import org.vetreport.report.document.Block.Image;
import org.vetreport.report.document.Block.Paragraph;
import org.vetreport.report.document.Block.Run;
import org.vetreport.report.document.Block.Table;
import org.vetreport.report.document.DocumentRenderer;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.Section;
import org.vetreport.report.render.CoverLines;
import org.vetreport.report.render.HeadingNumbers;
import org.vetreport.report.render.ImageSize;
import org.vetreport.report.render.TableColumns;

/**
 * The report as a Word document, the format schools submit: a cover, a table of contents Word refreshes on
 * opening, headings numbered 一、（一）1., body text in 宋体 and headings in 黑体, bordered tables with a shaded
 * header row that repeats on every page, native Word charts, and page numbers from the first page of the text.
 * The same document always gives the same bytes: every timestamp inside is the document's generation time.
 */
@Component
public class DocxRenderer implements DocumentRenderer {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A4 with the margins of Chinese official documents (2.54 cm top and bottom, 3.17 cm left and right). */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_VERTICAL = 1440;
    private static final int MARGIN_HORIZONTAL = 1800;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_HORIZONTAL;
    private static final ZoneId PRINTED_ZONE = ZoneId.of("Asia/Shanghai");

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public byte[] render(ReportDocument document) {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Writer(doc, document).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return DeterministicZip.normalize(out.toByteArray(),
                    LocalDateTime.ofInstant(document.generatedAt(), PRINTED_ZONE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the DOCX document", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("could not create a chart part of the DOCX document", e);
        }
    }

    private static final class Writer {

        private final XWPFDocument doc;
        private final ReportDocument document;
        private final Date created;
        private int tables;
        private int figures;

        Writer(XWPFDocument doc, ReportDocument document) {
            this.doc = doc;
            this.document = document;
            this.created = Date.from(document.generatedAt());
        }

        void write() throws IOException, InvalidFormatException {
            DocxStyles.define(doc);
            properties();
            cover();
            contents();
            for (Section section : document.sections()) {
                section(section);
            }
            bodyLayoutWithPageNumbers();
            doc.enforceUpdateFields();
        }

        private void properties() {
            var core = doc.getProperties().getCoreProperties();
            core.setCreated(Optional.of(created));
            core.setModified(Optional.of(created));
            core.setTitle(document.titlePage().title());
            core.setCreator(document.titlePage().school());
        }

        private void cover() {
            CoverLines cover = CoverLines.of(document, PRINTED_ZONE);
            XWPFParagraph title = paragraph(DocxStyles.TITLE);
            title.setSpacingBefore(2400);
            title.setSpacingAfter(1200);
            List<String> lines = cover.titleLines(document.titlePage().school());
            for (int i = 0; i < lines.size(); i++) {
                XWPFRun run = title.createRun();
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines.get(i));
            }
            for (String line : cover.details()) {
                text(paragraph(DocxStyles.SUBTITLE), line);
            }
            XWPFParagraph publisher = paragraph(DocxStyles.SUBTITLE);
            publisher.setSpacingBefore(2400);
            text(publisher, cover.publisher());
            text(paragraph(DocxStyles.SUBTITLE), cover.date());
        }

        /**
         * A TOC field whose cached result already lists the headings (without page numbers), so the document reads
         * well even where fields are not refreshed; Word refreshes it, page numbers included, on opening.
         */
        private void contents() {
            XWPFParagraph heading = paragraph(DocxStyles.TOC_HEADING);
            text(heading, "目　　录");
            heading.setPageBreak(true);
            List<Section> entries = flatten(document.sections());
            XWPFParagraph first = paragraph(entries.isEmpty() ? DocxStyles.BODY : DocxStyles.tocEntry(1));
            fieldStart(first, " TOC \\o \"1-3\" \\h \\z \\u ");
            XWPFParagraph last = first;
            for (int i = 0; i < entries.size(); i++) {
                Section entry = entries.get(i);
                XWPFParagraph p = i == 0 ? first : paragraph(DocxStyles.tocEntry(entry.level()));
                p.setStyle(DocxStyles.tocEntry(entry.level()));
                text(p, HeadingNumbers.heading(entry));
                last = p;
            }
            fieldEnd(last);
            // the cover and the contents form a section of their own, without page numbers
            CTSectPr front = last.getCTP().isSetPPr() ? pageLayout(last.getCTP().getPPr().addNewSectPr())
                    : pageLayout(last.getCTP().addNewPPr().addNewSectPr());
            front.addNewTitlePg();
        }

        private List<Section> flatten(List<Section> sections) {
            List<Section> all = new ArrayList<>();
            for (Section section : sections) {
                if (section.level() <= 3) {
                    all.add(section);
                }
                all.addAll(flatten(section.children()));
            }
            return all;
        }

        private void section(Section section) throws IOException, InvalidFormatException {
            text(paragraph(DocxStyles.heading(section.level())), HeadingNumbers.heading(section));
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    paragraph(paragraph);
                } else if (block instanceof Table table) {
                    table(table);
                } else if (block instanceof Chart chart) {
                    chart(chart);
                } else if (block instanceof Image image) {
                    image(image);
                }
            }
            for (Section child : section.children()) {
                section(child);
            }
        }

        private void paragraph(Paragraph paragraph) {
            XWPFParagraph p = paragraph(DocxStyles.BODY);
            for (Run run : paragraph.runs()) {
                XWPFRun r = p.createRun();
                r.setBold(run.bold());
                String[] lines = run.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        r.addBreak();
                    }
                    r.setText(lines[i], i);
                }
            }
        }

        private void table(Table table) {
            XWPFParagraph caption = paragraph(DocxStyles.CAPTION);
            caption.setKeepNext(true);
            text(caption, caption("表", ++tables, table.caption()));
            int columns = Math.max(1, table.header().size());
            XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
            t.setTableAlignment(TableRowAlign.CENTER);
            t.setWidthType(TableWidthType.DXA);
            t.setWidth(String.valueOf(TEXT_WIDTH));
            // 2 pt above and below, 4 pt beside the text of every cell: rows that do not look cramped
            t.setCellMargins(40, 80, 40, 80);
            // a heavier rule around the table than between its cells, as printed statistical tables have
            t.setTopBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
            t.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
            t.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            int[] widths = TableColumns.widths(table, TEXT_WIDTH);
            CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
            XWPFTableRow header = t.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            fillRow(header, table.header(), widths, true);
            for (int r = 0; r < table.rows().size(); r++) {
                XWPFTableRow row = t.getRow(r + 1);
                row.setCantSplitRow(true);
                fillRow(row, table.rows().get(r), widths, false);
            }
            // a little air after the table before the text goes on
            paragraph(DocxStyles.TABLE_TEXT);
        }

        private void fillRow(XWPFTableRow row, List<String> values, int[] widths, boolean header) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(widths[c]));
                cell.setVerticalAlignment(XWPFVertAlign.CENTER);
                if (header) {
                    cell.setColor("D9E2F3");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(DocxStyles.TABLE_TEXT);
                XWPFRun run = p.createRun();
                run.setBold(header);
                if (header) {
                    run.setFontFamily(DocxStyles.HEI, XWPFRun.FontCharRange.eastAsia);
                }
                run.setText(c < values.size() && values.get(c) != null ? values.get(c) : "");
            }
        }

        private void chart(Chart chart) throws IOException, InvalidFormatException {
            XWPFParagraph holder = paragraph(DocxStyles.CAPTION);
            holder.setKeepNext(true);
            if (chart.categories().isEmpty() || chart.series().isEmpty()) {
                text(holder, "（暂无数据）");
            } else {
                DocxCharts.draw(doc, holder.createRun(), chart, created);
            }
            text(paragraph(DocxStyles.CAPTION), caption("图", ++figures, chart.caption()));
        }

        private void image(Image image) throws IOException, InvalidFormatException {
            XWPFParagraph holder = paragraph(DocxStyles.CAPTION);
            holder.setKeepNext(true);
            ImageSize size = ImageSize.fit(image.bytes(), 400, 500);
            boolean png = "image/png".equalsIgnoreCase(image.contentType());
            holder.createRun().addPicture(new ByteArrayInputStream(image.bytes()),
                    png ? XWPFDocument.PICTURE_TYPE_PNG : XWPFDocument.PICTURE_TYPE_JPEG,
                    "image" + (figures + 1) + (png ? ".png" : ".jpg"),
                    Units.toEMU(size.widthPoints()),
                    Units.toEMU(size.heightPoints()));
            text(paragraph(DocxStyles.CAPTION), caption("图", ++figures, image.caption()));
        }

        /** The text's section: numbered pages from 1, the page number centred in the footer as 第 n 页. */
        private void bodyLayoutWithPageNumbers() {
            CTSectPr body = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            pageLayout(body);
            body.addNewPgNumType().setStart(BigInteger.ONE);
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.createRun().setText("第 ");
            fieldStart(p, " PAGE ");
            p.createRun().setText("1");
            fieldEnd(p);
            p.createRun().setText(" 页");
        }

        private CTSectPr pageLayout(CTSectPr section) {
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_WIDTH));
            size.setH(BigInteger.valueOf(PAGE_HEIGHT));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN_VERTICAL));
            margins.setBottom(BigInteger.valueOf(MARGIN_VERTICAL));
            margins.setLeft(BigInteger.valueOf(MARGIN_HORIZONTAL));
            margins.setRight(BigInteger.valueOf(MARGIN_HORIZONTAL));
            margins.setHeader(BigInteger.valueOf(851));
            margins.setFooter(BigInteger.valueOf(992));
            return section;
        }

        /** Opens a field and leaves it at its result; the runs that follow up to {@link #fieldEnd} are the result. */
        private void fieldStart(XWPFParagraph p, String instruction) {
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            CTText text = p.createRun().getCTR().addNewInstrText();
            text.setStringValue(instruction);
            text.setSpace(SpaceAttribute.Space.PRESERVE);
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        }

        private void fieldEnd(XWPFParagraph p) {
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }

        private XWPFParagraph paragraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            return p;
        }

        private static void text(XWPFParagraph p, String text) {
            p.createRun().setText(text);
        }

        private static String caption(String kind, int number, String caption) {
            return kind + number + (caption == null || caption.isBlank() ? "" : "　" + caption);
        }
    }
}
