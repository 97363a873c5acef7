package org.vetreport.training.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

class SeparatedCellsTest {

    enum Colour {
        @JsonAlias("红") RED,
        @JsonAlias("绿") GREEN
    }

    record Row(@JsonDeserialize(using = SeparatedCells.class) List<String> codes,
               @JsonDeserialize(using = SeparatedCells.class) List<Colour> colours) {
    }

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCellIsSplitAtEveryKindOfSeparatorAndItsPartsAreStripped() {
        Row row = json.readValue("{\"codes\":\" 0306、0701;1101， 2201；X ,\"}", Row.class);

        assertThat(row.codes()).containsExactly("0306", "0701", "1101", "2201", "X");
    }

    @Test
    void anArrayIsReadAsAnArray() {
        Row row = json.readValue("{\"codes\":[\"a,b\",\"c\"],\"colours\":[\"GREEN\"]}", Row.class);

        assertThat(row.codes()).containsExactly("a,b", "c");
        assertThat(row.colours()).containsExactly(Colour.GREEN);
    }

    @Test
    void thePartsOfACellAreReadAsTheElementsSoEnumsTakeTheirChineseNames() {
        Row row = json.readValue("{\"colours\":\"红、GREEN\"}", Row.class);

        assertThat(row.colours()).containsExactly(Colour.RED, Colour.GREEN);
    }

    @Test
    void aPartThatIsNoElementIsRefusedNamingTheFieldAndTheEntry() {
        assertThatThrownBy(() -> json.readValue("{\"colours\":\"红、蓝\"}", Row.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getValue()).isEqualTo("蓝");
                    assertThat(e.getPath()).extracting(r -> r.getPropertyName() == null ? "[" + r.getIndex() + "]"
                            : r.getPropertyName()).containsExactly("colours", "[1]");
                });
    }
}
