package org.vetreport.training.contest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.training.shared.Texts;

/**
 * A skills contest the school hosted or co-hosted (承办赛事), with the events (赛项) held, e.g. the Zhejiang selection
 * of the 46th WorldSkills in 移动机器人 and 信息网络布线. The report counts 承办省级以上技能赛事 from these.
 *
 * @param date   the day it began
 * @param events the events (赛项) held: at least one, each once, in the order given
 */
public record HostedContest(String name, ContestLevel level, HostRole role, LocalDate date, List<String> events) {

    private static final int NAME_LENGTH = 200;
    private static final int EVENT_LENGTH = 100;
    /** No field may contain it (names exclude control characters), so two different contests never share an identity. */
    private static final String SEPARATOR = "\u001f";

    public HostedContest {
        name = Texts.strip(name);
        FieldErrors errors = new FieldErrors()
                .check(Texts.fits(name, NAME_LENGTH), "name", Texts.rule(NAME_LENGTH))
                .check(level != null, "level", "is required: one of " + List.of(ContestLevel.values()))
                .check(role != null, "role", "is required: one of " + List.of(HostRole.values()))
                .check(date != null, "date", "is required");
        events = stripped(events);
        if (events.isEmpty()) {
            errors.add("events", "must name at least one event (赛项)");
        }
        checkEvents(events, errors);
        errors.throwIfAny();
        events = List.copyOf(events);
    }

    private static List<String> stripped(List<String> events) {
        List<String> stripped = new ArrayList<>();
        if (events != null) {
            events.forEach(event -> stripped.add(event == null ? null : event.strip()));
        }
        return stripped;
    }

    private static void checkEvents(List<String> events, FieldErrors errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            if (!Texts.fits(event, EVENT_LENGTH)) {
                errors.add("events[" + i + "]", "must be the name of an event: " + Texts.rule(EVENT_LENGTH));
            } else if (!seen.add(event)) {
                errors.add("events[" + i + "]", "names '" + event + "' a second time");
            }
        }
    }

    /**
     * What makes two records the same contest: name, level, role, date and the events in any order. An imported
     * contest is stored under the key derived from it, so importing a file again finds the same contests.
     */
    public String identity() {
        List<String> parts = new ArrayList<>(List.of(name, level.name(), role.name(), date.toString()));
        events.stream().sorted().forEach(parts::add);
        return String.join(SEPARATOR, parts);
    }

    /** The key an imported contest is stored under. */
    public String importKey() {
        return EntityStore.keyFor(identity());
    }
}
