package org.vetreport.student.student;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a student stands (学籍状态), and which changes of it are allowed. */
public enum StudentStatus {
    @JsonAlias({"在籍", "在校"}) ENROLLED,
    @JsonAlias("休学") SUSPENDED,
    @JsonAlias("退学") WITHDRAWN,
    @JsonAlias("转出") TRANSFERRED_OUT,
    @JsonAlias("毕业") GRADUATED;

    private static final Map<StudentStatus, Set<StudentStatus>> NEXT = Map.of(
            ENROLLED, EnumSet.of(SUSPENDED, WITHDRAWN, TRANSFERRED_OUT, GRADUATED),
            SUSPENDED, EnumSet.of(ENROLLED, WITHDRAWN, TRANSFERRED_OUT),
            WITHDRAWN, EnumSet.noneOf(StudentStatus.class),
            TRANSFERRED_OUT, EnumSet.noneOf(StudentStatus.class),
            GRADUATED, EnumSet.noneOf(StudentStatus.class));

    public Set<StudentStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
