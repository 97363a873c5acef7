package org.vetreport.faculty.staff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.EntityStore;

/** Staff numbers (工号): their form, and references to the staff of a school from other records. */
public final class StaffNumbers {

    public static final String RULE = "must be a staff number: 1 to 32 letters, digits or '-', starting with a letter or digit";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");

    private StaffNumbers() {
    }

    public static boolean isStaffNo(String staffNo) {
        return staffNo != null && FORM.matcher(staffNo).matches();
    }

    /** Checks a list of staff numbers that must name at least one staff member, each once. */
    public static void checkList(List<String> staffNos, String field, FieldErrors errors) {
        if (staffNos == null || staffNos.isEmpty()) {
            errors.add(field, "must name at least one staff member");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < staffNos.size(); i++) {
            String staffNo = staffNos.get(i);
            String entry = field + "[" + i + "]";
            if (!isStaffNo(staffNo)) {
                errors.add(entry, RULE);
            } else if (!seen.add(staffNo)) {
                errors.add(entry, "names '" + staffNo + "' a second time");
            }
        }
    }

    /** The references to staff numbers of a well-formed list that are not staff of the school. */
    public static List<FieldError> unknown(List<String> staffNos, String field, Predicate<String> isStaff) {
        List<FieldError> problems = new ArrayList<>();
        if (staffNos == null) {
            return problems;
        }
        for (int i = 0; i < staffNos.size(); i++) {
            unknown(staffNos.get(i), field + "[" + i + "]", isStaff).ifPresent(problems::add);
        }
        return problems;
    }

    /** A reference to one staff member, if it is well-formed but names nobody of the school. */
    public static Optional<FieldError> unknown(String staffNo, String field, Predicate<String> isStaff) {
        if (isStaffNo(staffNo) && !isStaff.test(staffNo)) {
            return Optional.of(new FieldError(field, "'" + staffNo + "' is not a staff member of this school"));
        }
        return Optional.empty();
    }

    /** The staff numbers of a school, loaded once for an import that checks many references. */
    public static Set<String> of(EntityStore<Staff> staff, String school) {
        return staff.all(school, null).stream().map(Staff::staffNo).collect(Collectors.toSet());
    }
}
