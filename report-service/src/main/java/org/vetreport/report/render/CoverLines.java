package org.vetreport.report.render;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.ReportDocument.TitlePage;

/**
 * What every format prints on the cover, worded once: the title, the school, the year, the data period, the
 * edition (or 草稿 for the live draft), and who publishes it on which day.
 */
public record CoverLines(String title, List<String> details, String publisher, String date) {

    /** How many characters of the cover title fit on one line of an A4 page. */
    private static final int LONGEST_COVER_LINE = 12;

    /**
     * The title as printed on the cover: a title that starts with the school's name breaks after it
     * (浙江科技工程学校 / 2020年度质量报告) rather than wherever the line happens to end.
     */
    public List<String> titleLines(String school) {
        if (school != null && !school.isBlank() && title.startsWith(school) && title.length() > school.length()) {
            List<String> lines = new ArrayList<>(schoolLines(school));
            lines.add(title.substring(school.length()));
            return List.copyOf(lines);
        }
        return List.of(title);
    }

    /**
     * A name too long for one cover line breaks before its bracketed second name, as covers print
     * 浙江科技工程学校 / （嘉兴技师学院）, instead of one character spilling onto a line of its own.
     */
    private static List<String> schoolLines(String school) {
        int bracket = school.indexOf('（');
        if (school.length() > LONGEST_COVER_LINE && bracket > 0) {
            return List.of(school.substring(0, bracket), school.substring(bracket));
        }
        return List.of(school);
    }

    public static CoverLines of(ReportDocument document, ZoneId zone) {
        TitlePage page = document.titlePage();
        List<String> details = new ArrayList<>();
        details.add("学校名称：" + page.school());
        details.add("报告年度：" + page.year() + "年");
        details.add("数据期间：" + date(page.from()) + "至" + date(page.to()));
        details.add("版　　本：" + (document.edition() == null ? "草稿" : "第" + document.edition() + "版"));
        String publisher = page.publisher() == null || page.publisher().isBlank() ? page.school() : page.publisher();
        return new CoverLines(page.title(), List.copyOf(details), publisher,
                date(LocalDate.ofInstant(document.generatedAt(), zone)));
    }

    /** 2020年1月1日, as Chinese documents print dates. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
