package org.vetreport.platform.kit.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first sheet of an Excel workbook, read as a stream of SAX events (POI's event API), so a sheet of any
 * length is never held in memory. Dates come out as {@code YYYY-MM-DD}; numbers as their exact decimal value
 * rather than as the cell's display format.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(Path file, Columns columns, RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw InvalidInputException.of("body", "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), new SheetRows(columns, handler), new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new UnsupportedImportException("the file is not an Excel .xlsx workbook; save it as "
                    + "\"Excel Workbook (*.xlsx)\" or as \"CSV UTF-8\"");
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw InvalidInputException.of("body", "the workbook cannot be read: " + e.getMessage());
        }
    }

    /** Collects the cells of each row and hands finished rows on; the first row is the header. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Columns columns;
        private final RowHandler handler;
        private final TreeMap<Integer, String> cells = new TreeMap<>();
        private List<String> fields;

        SheetRows(Columns columns, RowHandler handler) {
            this.columns = columns;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value != null && !value.isBlank()) {
                cells.put((int) new CellReference(reference).getCol(), value.strip());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (fields == null) {
                List<String> headers = new ArrayList<>();
                int last = cells.isEmpty() ? -1 : cells.lastKey();
                for (int column = 0; column <= last; column++) {
                    headers.add(cells.get(column));
                }
                fields = columns.fieldsOf(headers);
                return;
            }
            if (cells.isEmpty()) {
                return;
            }
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            for (var cell : cells.entrySet()) {
                int column = cell.getKey();
                if (column >= fields.size() || fields.get(column) == null) {
                    handler.unreadable(rowNum + 1, "row", "has a value in column "
                            + CellReference.convertNumToColString(column) + ", which has no header");
                    return;
                }
                row.put(fields.get(column), cell.getValue());
            }
            handler.row(new Row(rowNum + 1, row));
        }
    }

    /** Cell values as data, not as the sheet displays them: ISO dates and plain decimal numbers. */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value);
                return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString() : time.toString();
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }
}
