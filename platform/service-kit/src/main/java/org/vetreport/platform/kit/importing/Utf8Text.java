package org.vetreport.platform.kit.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text file as strict UTF-8, skipping a byte-order mark. Spreadsheets saved in the Windows Chinese code
 * page (GBK / GB18030) or as UTF-16 are refused with a message saying how to save them, never read as mojibake.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (start.length >= 2 && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)
                || (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF))) {
            in.close();
            throw new UnsupportedImportException("the file is UTF-16 text; save it as UTF-8 (in Excel: \"CSV UTF-8\") "
                    + "and send it again");
        }
        if (!(start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static UnsupportedImportException notUtf8(CharacterCodingException e) {
        return new UnsupportedImportException("the file is not UTF-8 text (it looks like GBK/GB18030, the Windows "
                + "Chinese code page); save it as UTF-8 (in Excel: \"CSV UTF-8 (逗号分隔)\") and send it again");
    }
}
