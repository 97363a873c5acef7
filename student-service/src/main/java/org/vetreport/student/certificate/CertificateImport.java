package org.vetreport.student.certificate;

import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.student.student.StudentReferences;

@Component
class CertificateImport implements Importable<CertificateRequest, Certificate> {

    static final String COLUMNS = "学号, 证书名称, 证书类型 (职业资格证书/职业技能等级证书/1+X/其他), "
            + "等级 (初级/中级/高级/技师/高级技师), 发证机构, 发证日期";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("学号", "studentNo"), Map.entry("证书名称", "name"), Map.entry("证书", "name"),
            Map.entry("证书类型", "kind"), Map.entry("等级", "level"), Map.entry("证书等级", "level"),
            Map.entry("发证机构", "issuer"), Map.entry("发证单位", "issuer"), Map.entry("发证日期", "issuedOn"),
            Map.entry("获证日期", "issuedOn"), Map.entry("取证日期", "issuedOn"));

    private final EntityStore<Certificate> certificates;
    private final StudentReferences students;

    CertificateImport(EntityStore<Certificate> certificates, StudentReferences students) {
        this.certificates = certificates;
        this.students = students;
    }

    @Override
    public String resource() {
        return "certificates";
    }

    @Override
    public Class<CertificateRequest> rowType() {
        return CertificateRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Certificate> store() {
        return certificates;
    }

    @Override
    public RowConverter<CertificateRequest, Certificate> converter(String school) {
        Predicate<String> studentKnown = students.loadAll(school);
        return row -> CertificateDrafts.fromRow(row, studentKnown);
    }
}
