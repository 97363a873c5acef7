package org.vetreport.finance.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.lock.LockRule;
import org.vetreport.platform.kit.lock.ReportPeriod;

class AssetsViewTest {

    private static final List<ReportPeriod> LOCKED_2022 =
            List.of(new ReportPeriod(2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));

    private static Asset building(String name, String floorArea, LocalDate disposedOn) {
        return new Asset("FW-3", name, AssetCategory.BUILDING, null, new BigDecimal(floorArea), BuildingUse.TEACHING,
                null, null, null, null, new BigDecimal("52000000"), LocalDate.of(2015, 9, 1), disposedOn);
    }

    private static List<String> refusedFields(Asset before, Asset after) {
        return LockRule.check(Assets.TYPE, "jxtc", "FW-3", before, after, LOCKED_2022)
                .map(e -> e.errors().stream().map(FieldError::field).toList()).orElse(List.of());
    }

    @Test
    void aDisposalAfterTheLockedYearIsAllowedAndOneBackDatedIntoItIsRefused() {
        assertThat(refusedFields(building("实训楼A", "8000", null), building("实训楼A", "8000", LocalDate.of(2023, 5, 1))))
                .isEmpty();
        assertThat(refusedFields(building("实训楼A", "8000", null), building("实训楼A", "8000", LocalDate.of(2022, 5, 1))))
                .containsExactly("disposedOn");
    }

    @Test
    void theNameStaysCorrectableButTheFloorAreaDoesNot() {
        assertThat(refusedFields(building("实训楼A", "8000", null), building("实训楼甲", "8000", null))).isEmpty();
        assertThat(refusedFields(building("实训楼A", "8000", null), building("实训楼A", "8100", null)))
                .containsExactly("floorArea");
    }

    @Test
    void anAssetDisposedOfBeforeTheLockedYearMayBeCorrected() {
        assertThat(refusedFields(building("实训楼A", "8000", LocalDate.of(2021, 5, 1)),
                building("实训楼A", "8100", LocalDate.of(2021, 5, 1)))).isEmpty();
    }
}
