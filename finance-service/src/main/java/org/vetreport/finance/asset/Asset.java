package org.vetreport.finance.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vetreport.finance.money.Yuan;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * A fixed asset of one school (固定资产): land, a building, equipment, a lot of books, furniture, a vehicle. Each
 * category carries its own figures (land its area in 亩, a building its floor area and use, equipment its quantity
 * and purpose, books their volumes and kind), required for it and refused for the others. A disposed asset stays
 * on record and stops counting from the day it was disposed of.
 *
 * @param value      book value in yuan, exact to the fen; land allocated free of charge may be worth 0
 * @param disposedOn the day the asset left the school (处置), after {@code acquiredOn}; {@code null} while held
 */
public record Asset(String assetNo, String name, AssetCategory category, BigDecimal areaMu, BigDecimal floorArea,
                    BuildingUse use, Integer quantity, EquipmentPurpose purpose, Integer volumes, BookKind kind,
                    BigDecimal value, LocalDate acquiredOn, LocalDate disposedOn) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    public Asset {
        FieldErrors errors = new FieldErrors()
                .check(assetNo != null && NUMBER.matcher(assetNo).matches(), "assetNo",
                        "must be 1 to 40 letters, digits, '-' or '_', starting with a letter or digit")
                .check(name == null || TEXT.matcher(name.strip()).matches(), "name",
                        "must be 1 to 100 characters without control characters")
                .check(category != null, "category", "is required: one of " + List.of(AssetCategory.values()))
                .check(acquiredOn != null, "acquiredOn", "is required");
        if (value == null) {
            errors.add("value", "is required");
        } else {
            Yuan.check(value, "value", Yuan.Sign.NOT_NEGATIVE, errors);
        }
        if (acquiredOn != null && disposedOn != null) {
            errors.check(disposedOn.isAfter(acquiredOn), "disposedOn", "must be after acquiredOn (" + acquiredOn + ")");
        }
        if (category != null) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("areaMu", areaMu);
            figures.put("floorArea", floorArea);
            figures.put("use", use);
            figures.put("quantity", quantity);
            figures.put("purpose", purpose);
            figures.put("volumes", volumes);
            figures.put("kind", kind);
            checkOwnFields(category, figures, errors);
            checkFigures(category, areaMu, floorArea, quantity, volumes, errors);
        }
        errors.throwIfAny();
        name = name == null ? null : name.strip();
        value = Yuan.exact(value);
        areaMu = Measure.canonical(areaMu);
        floorArea = Measure.canonical(floorArea);
    }

    /** Each category's own figures are required for it; every other category's are refused, naming their category. */
    private static void checkOwnFields(AssetCategory category, Map<String, Object> figures, FieldErrors errors) {
        figures.forEach((field, figure) -> {
            boolean own = category.ownFields().contains(field);
            if (own && figure == null) {
                errors.add(field, "is required for a " + category + " asset");
            } else if (!own && figure != null) {
                errors.add(field, "applies only to " + AssetCategory.owning(field) + " assets, not " + category);
            }
        });
    }

    /** The figures the category has, checked only where they belong so a misplaced one gets a single message. */
    private static void checkFigures(AssetCategory category, BigDecimal areaMu, BigDecimal floorArea, Integer quantity,
                                     Integer volumes, FieldErrors errors) {
        if (category == AssetCategory.LAND && areaMu != null) {
            Measure.MU.check(areaMu, "areaMu", errors);
        }
        if (category == AssetCategory.BUILDING && floorArea != null) {
            Measure.SQUARE_METRES.check(floorArea, "floorArea", errors);
        }
        if (category == AssetCategory.EQUIPMENT && quantity != null) {
            errors.check(quantity >= 1, "quantity", "must be at least 1");
        }
        if (category == AssetCategory.BOOKS && volumes != null) {
            errors.check(volumes >= 1, "volumes", "must be at least 1");
        }
    }
}
