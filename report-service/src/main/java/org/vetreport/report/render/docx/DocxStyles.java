package org.vetreport.report.render.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the report, as a school office expects them: body text in 宋体 小四 with a two-character
 * first-line indent and 1.5 line spacing, headings in 黑体 with outline levels (so Word's table of contents finds
 * them), captions and table text in 五号.
 */
final class DocxStyles {

    static final String BODY = "ReportBody";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String TOC_HEADING = "TOCHeading";
    static final String CAPTION = "Caption";
    static final String TABLE_TEXT = "TableText";

    /** Latin text beside the Chinese: Word's usual pairing. */
    private static final String LATIN_SERIF = "Times New Roman";
    static final String SONG = "宋体";
    static final String HEI = "黑体";

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(level, 3));
    }

    static String tocEntry(int level) {
        return "TOC" + Math.max(1, Math.min(level, 3));
    }

    static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, style("Normal", "Normal", null, SONG, 24, false, STJc.BOTH, 360, 0, 0));
        CTStyle body = style(BODY, "Report Body", "Normal", SONG, 24, false, STJc.BOTH, 360, 0, 0);
        body.getPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        body.getPPr().getInd().setFirstLine(BigInteger.valueOf(480));
        add(styles, body);
        // 二号, 三号, 四号 as in the seed report's chapters, sections and subsections
        int[] headingSizes = {32, 30, 28};
        int[] spaceBefore = {360, 240, 120};
        for (int level = 1; level <= 3; level++) {
            CTStyle heading = style(heading(level), "heading " + level, "Normal", HEI, headingSizes[level - 1], false,
                    STJc.LEFT, 360, spaceBefore[level - 1], 120);
            heading.getPPr().addNewKeepNext();
            heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
            heading.addNewQFormat();
            add(styles, heading);
            CTStyle toc = style(tocEntry(level), "toc " + level, "Normal", SONG, 24, false, STJc.LEFT, 360, 0, 0);
            toc.getPPr().addNewInd().setLeft(BigInteger.valueOf(420L * (level - 1)));
            add(styles, toc);
        }
        add(styles, style(TITLE, "Title", "Normal", HEI, 52, true, STJc.CENTER, 360, 0, 240));
        add(styles, style(SUBTITLE, "Subtitle", "Normal", SONG, 32, false, STJc.CENTER, 360, 120, 120));
        add(styles, style(TOC_HEADING, "TOC Heading", "Normal", HEI, 32, false, STJc.CENTER, 360, 240, 240));
        CTStyle caption = style(CAPTION, "caption", "Normal", HEI, 21, false, STJc.CENTER, 300, 60, 120);
        add(styles, caption);
        add(styles, style(TABLE_TEXT, "Table Text", "Normal", SONG, 21, false, STJc.CENTER, 240, 0, 0));
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /**
     * @param halfPoints font size in half points (24 = 12 pt = 小四)
     * @param line       line spacing in 240ths of a line (360 = 1.5 lines)
     */
    private static CTStyle style(String id, String name, String basedOn, String eastAsiaFont, int halfPoints,
            boolean bold, STJc.Enum alignment, int line, int before, int after) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn == null) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(BODY);
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewJc().setVal(alignment);
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(LATIN_SERIF);
        fonts.setHAnsi(LATIN_SERIF);
        fonts.setEastAsia(eastAsiaFont);
        fonts.setCs(LATIN_SERIF);
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }
}
