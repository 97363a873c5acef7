package org.vetreport.report.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageStoreTest {

    @Test
    void pngAndJpegAreRecognisedByTheirFirstBytes() {
        assertThat(ImageStore.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains("image/png");
        assertThat(ImageStore.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
    }

    @Test
    void anythingElseIsNotAnImage() {
        assertThat(ImageStore.contentType("GIF89a".getBytes())).isEmpty();
        assertThat(ImageStore.contentType("<svg/>".getBytes())).isEmpty();
        assertThat(ImageStore.contentType(new byte[] {(byte) 0x89, 'P'})).isEmpty();
    }
}
