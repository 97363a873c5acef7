package org.vetreport.report.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package so its bytes depend on its content only. POI stamps every zip entry with the time of
 * writing; here every entry, including those of packages nested inside (a native chart's workbook), gets the same
 * given time. The local date-time is stored as it is, so the bytes do not depend on the JVM's time zone either.
 */
final class DeterministicZip {

    private DeterministicZip() {
    }

    static byte[] normalize(byte[] zip, LocalDateTime entryTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (isPackage(entry.getName())) {
                    content = normalize(content, entryTime);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(entryTime);
                rewritten.putNextEntry(copy);
                rewritten.write(content);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not rewrite the document package", e);
        }
        return out.toByteArray();
    }

    private static boolean isPackage(String name) {
        return name.endsWith(".xlsx") || name.endsWith(".docx") || name.endsWith(".pptx");
    }
}
