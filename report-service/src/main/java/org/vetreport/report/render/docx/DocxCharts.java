package org.vetreport.report.render.docx;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.vetreport.report.document.Block.Chart;
import org.vetreport.report.document.Block.ChartKind;
import org.vetreport.report.document.Block.ChartSeries;

/**
 * Native Word charts: the editor can restyle them in Word, and their data sit in the embedded workbook Word opens
 * with "Edit Data". Colours are set explicitly so Word and LibreOffice draw the same chart.
 */
final class DocxCharts {

    /** A muted palette that stays distinguishable when printed in grey. */
    static final String[] PALETTE = {"2F5597", "C55A11", "548235", "7F6000", "7030A0", "1F7A7A", "A5A5A5", "C00000"};

    private static final int WIDTH_EMU = Units.toEMU(400);
    private static final int HEIGHT_EMU = Units.toEMU(235);

    private DocxCharts() {
    }

    static void draw(XWPFDocument doc, XWPFRun run, Chart chart, Date created)
            throws IOException, InvalidFormatException {
        XWPFChart wordChart = doc.createChart(run, WIDTH_EMU, HEIGHT_EMU);
        wordChart.setAutoTitleDeleted(true);
        // a missing value is a gap in the line, not a drop to zero (Word's default when this is absent)
        wordChart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        wordChart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        int n = chart.categories().size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                chart.categories().toArray(String[]::new),
                wordChart.formatRange(new CellRangeAddress(1, Math.max(n, 1), 0, 0)), 0);
        XDDFChartData data = switch (chart.kind()) {
            case PIE -> wordChart.createData(ChartTypes.PIE, null, null);
            case LINE, BAR -> {
                XDDFCategoryAxis x = wordChart.createCategoryAxis(AxisPosition.BOTTOM);
                XDDFValueAxis y = wordChart.createValueAxis(AxisPosition.LEFT);
                y.setCrosses(AxisCrosses.AUTO_ZERO);
                // light horizontal gridlines, as in the HTML and PDF charts, to read values off
                y.getOrAddMajorGridProperties().setLineProperties(new XDDFLineProperties(fill("D9D9D9")));
                if (chart.unit() != null && !chart.unit().isBlank()) {
                    y.setTitle(chart.unit());
                }
                yield wordChart.createData(chart.kind() == ChartKind.LINE ? ChartTypes.LINE : ChartTypes.BAR, x, y);
            }
        };
        // a pie shows one series: its slices are the categories
        List<ChartSeries> series = chart.kind() == ChartKind.PIE && !chart.series().isEmpty()
                ? chart.series().subList(0, 1) : chart.series();
        for (int i = 0; i < series.size(); i++) {
            ChartSeries one = series.get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(doubles(one.values(), n),
                    wordChart.formatRange(new CellRangeAddress(1, Math.max(n, 1), i + 1, i + 1)), i + 1);
            XDDFChartData.Series added = data.addSeries(categories, values);
            added.setTitle(one.name(), wordChart.setSheetTitle(one.name(), i + 1));
            style(added, chart.kind(), PALETTE[i % PALETTE.length]);
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
            bar.setVaryColors(false);
        } else if (data instanceof XDDFLineChartData) {
            data.setVaryColors(false);
        } else {
            data.setVaryColors(true);
        }
        wordChart.plot(data);
        if (data instanceof XDDFPieChartData && data.getSeriesCount() > 0) {
            XDDFPieChartData.Series pie = (XDDFPieChartData.Series) data.getSeries(0);
            showPercentages(pie.getCTPieSer().isSetDLbls() ? pie.getCTPieSer().getDLbls() : pie.getCTPieSer().addNewDLbls());
            for (int point = 0; point < n; point++) {
                pie.getDataPoint(point).setFillProperties(fill(PALETTE[point % PALETTE.length]));
            }
        }
        // the embedded workbook is a package of its own, stamped with its creation time unless told otherwise
        wordChart.getWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(created));
        wordChart.getWorkbook().getProperties().getCoreProperties().setModified(Optional.of(created));
    }

    private static void style(XDDFChartData.Series series, ChartKind kind, String colour) {
        if (series instanceof XDDFLineChartData.Series line) {
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFLineProperties stroke = new XDDFLineProperties(fill(colour));
            stroke.setWidth(2.25);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
        } else if (kind == ChartKind.BAR) {
            series.setFillProperties(fill(colour));
        }
    }

    private static void showPercentages(CTDLbls labels) {
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(true);
        labels.addNewShowBubbleSize().setVal(false);
        labels.addNewShowLeaderLines().setVal(true);
    }

    private static XDDFSolidFillProperties fill(String hex) {
        return new XDDFSolidFillProperties(XDDFColor.from(hexBytes(hex)));
    }

    private static byte[] hexBytes(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }

    private static Double[] doubles(List<BigDecimal> values, int n) {
        Double[] result = new Double[n];
        for (int i = 0; i < n && i < values.size(); i++) {
            result[i] = values.get(i) == null ? null : values.get(i).doubleValue();
        }
        return result;
    }
}
