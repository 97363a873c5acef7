package org.vetreport.report.edition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void theChineseFileNameIsEncodedPerRfc5987WithAnAsciiFallback() {
        assertThat(ReportController.contentDisposition("jxtc-2020-质量报告.docx")).isEqualTo(
                "attachment; filename=\"jxtc-2020-_.docx\"; "
                        + "filename*=UTF-8''jxtc-2020-%E8%B4%A8%E9%87%8F%E6%8A%A5%E5%91%8A.docx");
    }
}
