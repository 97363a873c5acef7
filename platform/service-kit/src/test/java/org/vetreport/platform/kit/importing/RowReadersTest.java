package org.vetreport.platform.kit.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetreport.platform.kit.error.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

class RowReadersTest {

    record Pupil(String studentNo, String name, LocalDate enrolledOn, Boolean fullTime, Integer credits) {
    }

    private static final Columns COLUMNS = new Columns(Pupil.class, Map.of("学号", "studentNo", "姓名", "name",
            "入学日期", "enrolledOn", "全日制", "fullTime"));

    @TempDir
    Path dir;

    private final Collected collected = new Collected();

    private static final class Collected implements RowHandler {
        final List<org.vetreport.platform.kit.importing.Row> rows = new ArrayList<>();
        final List<RowError> unreadable = new ArrayList<>();

        @Override
        public void row(org.vetreport.platform.kit.importing.Row row) {
            rows.add(row);
        }

        @Override
        public void unreadable(int number, String field, String message) {
            unreadable.add(new RowError(number, field, message));
        }
    }

    private Path file(String name, String content, Charset charset, byte... prefix) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(prefix);
            out.write(content.getBytes(charset));
        }
        return file;
    }

    @Test
    void csvWithByteOrderMarkAndChineseHeadersGivesRowsNumberedAsInTheSpreadsheet() throws IOException {
        Path csv = file("a.csv", "学号,姓名,入学日期\n2020001,张三,2020/9/1\n\n2020002, 李四 ,2020-09-01\n",
                StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        CsvRows.read(csv, COLUMNS, collected);

        assertThat(collected.rows).extracting(org.vetreport.platform.kit.importing.Row::number).containsExactly(2, 3);
        assertThat(collected.rows.get(0).fields().get("studentNo").asString()).isEqualTo("2020001");
        assertThat(collected.rows.get(1).fields().get("name").asString()).isEqualTo("李四");
    }

    @Test
    void csvInTheWindowsChineseCodePageIsRefusedSayingHowToSaveIt() throws IOException {
        Path csv = file("gbk.csv", "学号,姓名\n2020001,张三\n", Charset.forName("GBK"));

        assertThatThrownBy(() -> CsvRows.read(csv, COLUMNS, collected))
                .isInstanceOf(UnsupportedImportException.class).hasMessageContaining("GBK").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void utf16TextIsRefused() throws IOException {
        Path csv = file("utf16.csv", "studentNo\n1\n", StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);

        assertThatThrownBy(() -> CsvRows.read(csv, COLUMNS, collected))
                .isInstanceOf(UnsupportedImportException.class).hasMessageContaining("UTF-16");
    }

    @Test
    void anUnknownColumnRejectsTheFileListingTheAcceptedOnes() throws IOException {
        Path csv = file("b.csv", "学号,班主任\n1,王老师\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRows.read(csv, COLUMNS, collected))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .contains("'班主任'", "学号", "studentNo"));
    }

    @Test
    void aValueUnderAColumnWithoutHeaderIsABadRow() throws IOException {
        Path csv = file("c.csv", "学号,\n1,\n2,stray\n", StandardCharsets.UTF_8);

        CsvRows.read(csv, COLUMNS, collected);

        assertThat(collected.rows).hasSize(1);
        assertThat(collected.unreadable).extracting(RowError::row).containsExactly(3);
    }

    @Test
    void xlsxCellsBecomeIsoDatesAndExactNumbers() throws IOException {
        Path xlsx = dir.resolve("d.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("students");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("学号");
            header.createCell(1).setCellValue("入学日期");
            header.createCell(2).setCellValue("credits");
            header.createCell(3).setCellValue("全日制");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("2020001");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            row.createCell(1).setCellValue(LocalDate.of(2020, 9, 1));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(12);
            row.createCell(3).setCellValue(true);
            workbook.write(out);
        }

        XlsxRows.read(xlsx, COLUMNS, collected);

        assertThat(collected.rows).hasSize(1);
        assertThat(collected.rows.get(0).number()).isEqualTo(2);
        assertThat(collected.rows.get(0).fields().get("enrolledOn").asString()).isEqualTo("2020-09-01");
        assertThat(collected.rows.get(0).fields().get("credits").asString()).isEqualTo("12");
        assertThat(collected.rows.get(0).fields().get("fullTime").asString()).isEqualTo("TRUE");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws IOException {
        Path fake = file("e.xlsx", "not a zip", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> XlsxRows.read(fake, COLUMNS, collected)).isInstanceOf(UnsupportedImportException.class);
    }

    @Test
    void aMalformedNdjsonLineIsABadRowAndTheOthersAreRead() throws IOException {
        Path ndjson = file("f.ndjson", "{\"studentNo\":\"1\"}\n{\"studentNo\":\n\n[1]\n{\"studentNo\":\"4\"}\n", StandardCharsets.UTF_8);

        NdjsonRows.read(ndjson, JsonMapper.builder().build(), collected);

        assertThat(collected.rows).extracting(org.vetreport.platform.kit.importing.Row::number).containsExactly(1, 4);
        assertThat(collected.unreadable).extracting(RowError::row).containsExactly(2, 3);
    }

    @Test
    void aJsonImportMustBeAnArray() throws IOException {
        Path json = file("g.json", "{\"studentNo\":\"1\"}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JsonRows.read(json, JsonMapper.builder().build(), collected))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("array");
    }

    @Test
    void spreadsheetTextBecomesDatesBooleansAndNumbersOrIsRefused() {
        JsonMapper mapper = SpreadsheetValues.mapper(JsonMapper.builder().build());

        Pupil pupil = mapper.readValue("{\"enrolledOn\":\"2020年9月1日\",\"fullTime\":\"是\",\"credits\":\"12\"}", Pupil.class);
        assertThat(pupil.enrolledOn()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(pupil.fullTime()).isTrue();
        assertThat(pupil.credits()).isEqualTo(12);
        assertThat(mapper.readValue("{\"enrolledOn\":\"2020.9.1\",\"fullTime\":\"否\"}", Pupil.class).fullTime()).isFalse();
        assertThatThrownBy(() -> mapper.readValue("{\"enrolledOn\":\"2020/13/1\"}", Pupil.class))
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> mapper.readValue("{\"fullTime\":\"maybe\"}", Pupil.class))
                .hasMessageContaining("not a yes or no");
    }
}
