package org.vetreport.report.indicator;

import java.util.List;
import org.vetreport.report.indicator.majors.MajorRecord;

/** The replicated records of one school, as indicator definitions read them. */
public interface SchoolRecords {

    List<MajorRecord> majors();
}
