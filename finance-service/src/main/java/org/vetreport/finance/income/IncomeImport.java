package org.vetreport.finance.income;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

/**
 * Vouchers in bulk. A row may reverse a voucher posted before or one in an earlier row of the same file; a row for
 * a voucher already posted must repeat it exactly, since vouchers are corrected by reversal only.
 */
@Component
class IncomeImport implements Importable<IncomeRequest, IncomeEntry> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("凭证号", "voucherNo"), Map.entry("凭证编号", "voucherNo"), Map.entry("日期", "postedOn"),
            Map.entry("记账日期", "postedOn"), Map.entry("入账日期", "postedOn"), Map.entry("收入类别", "category"),
            Map.entry("类别", "category"), Map.entry("性质", "nature"), Map.entry("经费性质", "nature"),
            Map.entry("收入性质", "nature"), Map.entry("金额", "amount"), Map.entry("收入金额", "amount"),
            Map.entry("摘要", "description"), Map.entry("冲销凭证", "reverses"), Map.entry("冲销凭证号", "reverses"),
            Map.entry("被冲销凭证号", "reverses"));

    private final EntityStore<IncomeEntry> income;

    IncomeImport(EntityStore<IncomeEntry> income) {
        this.income = income;
    }

    @Override
    public String resource() {
        return "income";
    }

    @Override
    public Class<IncomeRequest> rowType() {
        return IncomeRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<IncomeEntry> store() {
        return income;
    }

    /**
     * Loads the school's ledger once, not once per row. The importer converts every row twice (checking, then
     * writing), so what the converter learns from a row must read the same the second time: a voucher is remembered
     * under its number and a reversal under the voucher it reverses, both idempotently.
     */
    @Override
    public RowConverter<IncomeRequest, IncomeEntry> converter(String school) {
        Map<String, IncomeEntry> posted = new HashMap<>();
        Map<String, String> reversedBy = new HashMap<>();
        income.all(school, null).forEach(entry -> remember(entry, posted, reversedBy));
        Map<String, IncomeEntry> inFile = new HashMap<>();
        return row -> {
            String voucherNo = row.voucherNo();
            if (voucherNo == null || voucherNo.isBlank()) {
                throw InvalidInputException.of("voucherNo", "is required in an import row");
            }
            IncomeEntry entry = IncomeDrafts.from(row, voucherNo,
                    number -> posted.containsKey(number) ? posted.get(number) : inFile.get(number), reversedBy::get);
            if (posted.containsKey(voucherNo) && !posted.get(voucherNo).equals(entry)) {
                throw InvalidInputException.of("voucherNo", IncomeLedger.changeRefused(voucherNo));
            }
            if (inFile.containsKey(voucherNo) && !inFile.get(voucherNo).equals(entry)) {
                throw InvalidInputException.of("voucherNo", "'" + voucherNo + "' appears in an earlier row with other "
                        + "content; a voucher is posted once");
            }
            remember(entry, inFile, reversedBy);
            return new Keyed<>(voucherNo, entry);
        };
    }

    private static void remember(IncomeEntry entry, Map<String, IncomeEntry> vouchers, Map<String, String> reversedBy) {
        vouchers.put(entry.voucherNo(), entry);
        if (entry.isReversal()) {
            reversedBy.put(entry.reverses(), entry.voucherNo());
        }
    }
}
