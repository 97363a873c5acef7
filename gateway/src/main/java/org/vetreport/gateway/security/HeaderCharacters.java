package org.vetreport.gateway.security;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * The request firewall's rules for header names and values ({@link StrictServerWebExchangeFirewall}'s defaults:
 * assigned Unicode characters that are not control characters, and tab in values), checked character by character:
 * the firewall's own regular expressions run on every header read, and took about 3.5 µs for each read of a
 * 900-character Authorization header on this project's machine, which every request reads more than once
 * (HeaderCharactersTest holds both to the same answers).
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    static boolean allowedName(String name) {
        return name == null || allowed(name, false);
    }

    static boolean allowedValue(String value) {
        return value == null || allowed(value, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            boolean printableAscii = codePoint >= 0x20 && codePoint < 0x7f;
            if (!printableAscii && !(tabAllowed && codePoint == '\t')
                    && (!Character.isDefined(codePoint) || Character.isISOControl(codePoint))) {
                return false;
            }
            index += Character.charCount(codePoint);
        }
        return true;
    }
}
