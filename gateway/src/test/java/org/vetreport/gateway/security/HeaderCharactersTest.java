package org.vetreport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

class HeaderCharactersTest {

    @Test
    void allowsTheHeaderNamesAndValuesTheFirewallsOwnRulesAllow() {
        for (String text : samples()) {
            assertThat(HeaderCharacters.allowedName(text)).as("name %s", codePoints(text))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text));
            assertThat(HeaderCharacters.allowedValue(text)).as("value %s", codePoints(text))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text));
        }
    }

    @Test
    void refusesControlCharactersButATabInAValue() {
        assertThat(HeaderCharacters.allowedValue("Bearer abc\r\nX-Injected: 1")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedValue("学校 école")).isTrue();
    }

    /** Every character of the first 0x3000 code points on its own and amid text, plus random strings of any plane. */
    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "text/html; q=0.9",
                "\uD83D\uDE00 emoji", "lone \uD800 surrogate", "\uDC00", "a\u0000b", "\u007f", "\u0085", "\u00a0"));
        for (int codePoint = 0; codePoint < 0x3000; codePoint++) {
            samples.add(Character.toString(codePoint));
            samples.add("abc" + Character.toString(codePoint) + "def");
        }
        Random random = new Random(12);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(8); length > 0; length--) {
                text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
            samples.add(text.toString());
        }
        return samples;
    }

    private static String codePoints(String text) {
        return text.codePoints().mapToObj(Integer::toHexString).toList().toString();
    }
}
