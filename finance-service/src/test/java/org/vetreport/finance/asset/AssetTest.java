package org.vetreport.finance.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class AssetTest {

    private static final LocalDate ACQUIRED = LocalDate.of(2015, 9, 1);

    private static Asset land(String areaMu) {
        return new Asset("TD-1", "校园用地", AssetCategory.LAND, areaMu == null ? null : new BigDecimal(areaMu), null,
                null, null, null, null, null, BigDecimal.ZERO, ACQUIRED, null);
    }

    private static Asset building(String floorArea, BuildingUse use, LocalDate disposedOn) {
        return new Asset("FW-3", "实训楼A", AssetCategory.BUILDING, null,
                floorArea == null ? null : new BigDecimal(floorArea), use, null, null, null, null,
                new BigDecimal("52000000"), ACQUIRED, disposedOn);
    }

    private static List<FieldError> errorsOf(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void eachCategoryRequiresItsOwnFigures() {
        assertThat(errorsOf(() -> land(null))).containsExactly(new FieldError("areaMu", "is required for a LAND asset"));
        assertThat(errorsOf(() -> building(null, null, null))).extracting(FieldError::field).containsExactly("floorArea", "use");
        assertThat(errorsOf(() -> new Asset("SB-1", null, AssetCategory.EQUIPMENT, null, null, null, null, null, null,
                null, BigDecimal.TEN, ACQUIRED, null))).extracting(FieldError::field).containsExactly("quantity", "purpose");
        assertThat(errorsOf(() -> new Asset("TS-1", null, AssetCategory.BOOKS, null, null, null, null, null, null,
                null, BigDecimal.TEN, ACQUIRED, null))).extracting(FieldError::field).containsExactly("volumes", "kind");
    }

    @Test
    void anotherCategorysFiguresAreRefusedNamingTheFieldAndItsCategory() {
        List<FieldError> errors = errorsOf(() -> new Asset("JJ-1", "课桌椅", AssetCategory.FURNITURE, new BigDecimal("1"),
                null, BuildingUse.TEACHING, 200, EquipmentPurpose.TEACHING, null, BookKind.JOURNAL, BigDecimal.TEN,
                ACQUIRED, null));

        assertThat(errors).extracting(FieldError::field).containsExactly("areaMu", "use", "quantity", "purpose", "kind");
        assertThat(errors.get(0).message()).isEqualTo("applies only to LAND assets, not FURNITURE");
        assertThat(errors.get(2).message()).isEqualTo("applies only to EQUIPMENT assets, not FURNITURE");
    }

    @Test
    void areasAreExactKeptWithoutTrailingZerosAndLimitedInDecimals() {
        assertThat(land("297.2200").areaMu()).isEqualTo(new BigDecimal("297.22"));
        assertThat(land("300").areaMu().toString()).isEqualTo("300");
        assertThat(land("297.2").areaMu()).isEqualTo(land("297.20").areaMu());
        assertThat(land("0.0001").areaMu()).isEqualTo(new BigDecimal("0.0001"));
        assertThat(errorsOf(() -> land("297.22001"))).extracting(FieldError::message)
                .containsExactly("must have at most 4 decimals (亩); 297.22001 is not rounded here");
        assertThat(errorsOf(() -> land("0"))).extracting(FieldError::message).containsExactly("must be greater than 0");
        assertThat(building("8386.47", BuildingUse.ADMINISTRATION, null).floorArea()).isEqualTo(new BigDecimal("8386.47"));
        assertThat(errorsOf(() -> building("8386.475", BuildingUse.ADMINISTRATION, null))).extracting(FieldError::field)
                .containsExactly("floorArea");
        assertThat(errorsOf(() -> building("1E+999999999", BuildingUse.TEACHING, null))).extracting(FieldError::message)
                .containsExactly("must be at most 10000000 m²");
    }

    @Test
    void quantitiesAndVolumesAreAtLeastOne() {
        assertThat(errorsOf(() -> new Asset("SB-1", null, AssetCategory.EQUIPMENT, null, null, null, 0,
                EquipmentPurpose.TRAINING, null, null, BigDecimal.TEN, ACQUIRED, null)))
                .containsExactly(new FieldError("quantity", "must be at least 1"));
        assertThat(errorsOf(() -> new Asset("TS-1", null, AssetCategory.BOOKS, null, null, null, null, null, -7647,
                BookKind.PRINT_BOOK, BigDecimal.TEN, ACQUIRED, null)))
                .containsExactly(new FieldError("volumes", "must be at least 1"));
    }

    @Test
    void aValueMayBeZeroButNotNegativeNorHaveAThirdDecimal() {
        assertThat(land("297.22").value()).isEqualTo(new BigDecimal("0.00"));
        assertThat(errorsOf(() -> new Asset("CL-1", "校车", AssetCategory.VEHICLE, null, null, null, null, null, null,
                null, new BigDecimal("-1"), ACQUIRED, null))).containsExactly(new FieldError("value", "must not be negative"));
        assertThat(errorsOf(() -> new Asset("CL-1", "校车", AssetCategory.VEHICLE, null, null, null, null, null, null,
                null, new BigDecimal("350000.001"), ACQUIRED, null))).extracting(FieldError::field).containsExactly("value");
    }

    @Test
    void anAssetIsDisposedOfAfterItWasAcquired() {
        assertThat(building("40100.5", BuildingUse.TRAINING, ACQUIRED.plusDays(1)).disposedOn()).isEqualTo(ACQUIRED.plusDays(1));
        assertThat(errorsOf(() -> building("40100.5", BuildingUse.TRAINING, ACQUIRED))).containsExactly(
                new FieldError("disposedOn", "must be after acquiredOn (2015-09-01)"));
        assertThat(errorsOf(() -> building("40100.5", BuildingUse.TRAINING, ACQUIRED.minusYears(1))))
                .extracting(FieldError::field).containsExactly("disposedOn");
    }

    @Test
    void numberCategoryValueAndAcquisitionAreRequired() {
        assertThat(errorsOf(() -> new Asset("资产1", "\u0007", null, null, null, null, null, null, null, null, null, null,
                null))).extracting(FieldError::field).containsExactly("assetNo", "name", "category", "acquiredOn", "value");
    }
}
