package org.vetreport.report.check;

import java.util.List;

/** One edit check: the findings it has on a school's data for one year, none when the data pass it. */
@FunctionalInterface
public interface CheckRule {

    List<Finding> check(CheckContext context);
}
