package org.vetreport.report.check;

/** How a finding weighs on publishing the year. */
public enum Severity {
    /** The data are impossible or inconsistent: the year cannot be validated until they are fixed. */
    ERROR,
    /** The data look wrong but may be right: fix them or explain why they are right. */
    WARNING
}
